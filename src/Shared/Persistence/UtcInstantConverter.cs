using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samverkan.Shared.Persistence;

/// <summary>Writes an instant in UTC, for a database type (PostgreSQL's timestamptz) that refuses other offsets.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    instant => instant.ToUniversalTime(),
    instant => instant);
