namespace Samverkan.Shared;

/// <summary>
/// Europe/Stockholm, the zone in which Samverkan reckons dates, weeks, working days and wall-clock times: one
/// implementation, compiled into the engine, the rules and the host, so that all three agree on every clock change.
/// </summary>
/// <remarks>
/// A wall-clock time that does not exist (the spring gap, 02:00–03:00 on the last Sunday of March) moves forward by the
/// hour the clocks skip; one that exists twice (02:00–03:00 on the last Sunday of October) is its first, summer-time,
/// occurrence. Swedish clocks never change at midnight, so the start of a date is always 00:00.
/// </remarks>
internal static class Stockholm
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The Stockholm wall-clock time of an instant.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The instant with Stockholm's offset at that moment.</summary>
    public static DateTimeOffset ToStockholm(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>Midnight at the start of a Stockholm date.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => At(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>Pins a Stockholm wall-clock time to an instant (see the remarks for the clock changes).</summary>
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

    /// <summary>
    /// Moves by Swedish working days (<see cref="SwedishHolidays.IsWorkingDay"/>), keeping the Stockholm time of day;
    /// negative goes back.
    /// </summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset instant, int days)
    {
        var local = ToLocal(instant);
        var step = Math.Sign(days);
        for (var remaining = Math.Abs(days); remaining > 0;)
        {
            local = local.AddDays(step);
            if (SwedishHolidays.IsWorkingDay(DateOnly.FromDateTime(local)))
            {
                remaining--;
            }
        }
        return At(local);
    }
}
