using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samverkan.Host.Persistence;

/// <summary>Stores an instant as its UTC ticks, as the engine's store does; values read back are UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
