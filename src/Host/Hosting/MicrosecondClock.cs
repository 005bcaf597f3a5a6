namespace Samverkan.Host.Hosting;

/// <summary>
/// The service's clock in whole microseconds, the finest instant every database keeps: PostgreSQL's timestamptz drops
/// the last digit of .NET's 100 ns ticks, so an instant written as "now" would otherwise read back as another instant
/// (a notification marked read at one time and listed with another). SQLite keeps ticks; the clock is the same on both.
/// </summary>
internal sealed class MicrosecondClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = inner.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMicrosecond));
    }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
