using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samverkan.Workflows.Persistence;

/// <summary>Stores an instant as its UTC ticks; the offset is not kept (values read back are UTC).</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
