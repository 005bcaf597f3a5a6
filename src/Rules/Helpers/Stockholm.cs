namespace Samverkan.Rules.Helpers;

/// <summary>Europe/Stockholm, the zone in which dates, weeks and working days are reckoned.</summary>
internal static class Stockholm
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>Midnight at the start of a Stockholm date (Swedish clocks change at 02:00/03:00, never at midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => At(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>Pins a Stockholm wall-clock time to an instant.</summary>
    /// <remarks>A time in the spring gap moves on by the hour the clocks skip; a time repeated in autumn takes its first (summer-time) occurrence.</remarks>
    public static DateTimeOffset At(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
