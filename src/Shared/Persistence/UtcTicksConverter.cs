using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samverkan.Shared.Persistence;

/// <summary>Stores an instant as UTC ticks so that SQLite can compare and order it; the offset is not kept (values read back are UTC).</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
