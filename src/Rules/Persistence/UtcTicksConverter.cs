using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samverkan.Rules.Persistence;

/// <summary>Stores an instant as UTC ticks so that SQLite can compare and order it; values read back are UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
