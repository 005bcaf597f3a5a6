namespace Samverkan.Workflows.Expressions;

/// <summary>Europe/Stockholm, the zone in which local times, working days and calendar durations are reckoned.</summary>
internal static class Stockholm
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>Pins a Stockholm wall-clock time to an instant.</summary>
    /// <remarks>Times skipped by the spring change move forward by the gap; times repeated in autumn take the first (summer-time) occurrence.</remarks>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var before = Zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToOffset(Zone.GetUtcOffset(local.AddHours(3)));
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
