using Cronos;
using Samverkan.Shared;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Expressions;

/// <summary>A parsed timer: an instant, a duration, an ISO repeating interval or a Quartz-style cron, with its due times.</summary>
public sealed class TimerSpec
{
    private readonly DateTimeOffset? _at;
    private readonly IsoDuration? _duration;
    private readonly DateTimeOffset? _start;
    private readonly CronExpression? _cron;

    private TimerSpec(TimerKind kind, DateTimeOffset? at, IsoDuration? duration, DateTimeOffset? start, CronExpression? cron, int? repetitions)
    {
        Kind = kind;
        _at = at;
        _duration = duration;
        _start = start;
        _cron = cron;
        Repetitions = repetitions;
    }

    public TimerKind Kind { get; }

    /// <summary>How many times the timer fires; null when it repeats without end (R/..., cron).</summary>
    public int? Repetitions { get; }

    /// <summary>
    /// Its due times are fixed in the calendar (a date, a cycle with a start, a cron) rather than counted from
    /// when the timer was created, so they can be worked out again at any moment.
    /// </summary>
    public bool IsAnchored => _at is not null || _start is not null || _cron is not null;

    public static bool TryParse(TimerKind kind, string text, out TimerSpec? spec, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        spec = null;
        error = null;
        var value = text.Trim();
        switch (kind)
        {
            case TimerKind.Date when IsoDateTime.TryParse(value, out var at):
                spec = new TimerSpec(kind, at, null, null, null, 1);
                return true;
            case TimerKind.Date:
                error = $"timeDate '{text}' is not an ISO-8601 date-time such as 2026-03-01T08:00:00+01:00";
                return false;
            case TimerKind.Duration when IsoDuration.TryParse(value, out var duration):
                spec = new TimerSpec(kind, null, duration, null, null, 1);
                return true;
            case TimerKind.Duration:
                error = $"timeDuration '{text}' is not an ISO-8601 duration such as PT1H30M or P7D";
                return false;
            case TimerKind.Cycle when value.StartsWith('R'):
                return TryParseRepeat(value, out spec, out error);
            case TimerKind.Cycle:
                return TryParseCron(value, out spec, out error);
            default:
                error = $"Unknown timer kind {kind}";
                return false;
        }
    }

    /// <summary>Turns the result of a timer <c>${expression}</c> into a timer.</summary>
    /// <exception cref="ExpressionException">The value is of a type or text that cannot be a timer of this kind.</exception>
    public static TimerSpec FromValue(TimerKind kind, object? value) => (kind, value) switch
    {
        (_, string text) => TryParse(kind, text, out var spec, out var error) ? spec! : throw new ExpressionException($"Timer expression gave {error}"),
        (TimerKind.Date, DateTimeOffset at) => new TimerSpec(kind, at, null, null, null, 1),
        (TimerKind.Duration, TimeSpan time) when time > TimeSpan.Zero => new TimerSpec(kind, null, IsoDuration.FromTimeSpan(time), null, null, 1),
        _ => throw new ExpressionException(
            $"Timer expression for {Describe(kind)} gave {(value is null ? "null" : $"{value.GetType().Name} '{value}'")}; expected {Expected(kind)}"),
    };

    /// <summary>When the timer first fires if created at <paramref name="now"/>.</summary>
    public DateTimeOffset? FirstDue(DateTimeOffset now)
    {
        if (_cron is not null)
        {
            return _cron.GetNextOccurrence(now, Stockholm.Zone);
        }

        return _at ?? _start ?? _duration!.Value.AddTo(now);
    }

    /// <summary>The due time after one that has fired; <paramref name="firedCount"/> counts firings including that one. Null when done.</summary>
    public DateTimeOffset? NextDue(DateTimeOffset previousDue, int firedCount)
    {
        if (Kind != TimerKind.Cycle || (Repetitions is { } limit && firedCount >= limit))
        {
            return null;
        }

        return _cron is not null ? _cron.GetNextOccurrence(previousDue, Stockholm.Zone) : _duration!.Value.AddTo(previousDue);
    }

    private static bool TryParseRepeat(string value, out TimerSpec? spec, out string? error)
    {
        spec = null;
        error = $"timeCycle '{value}' is not R[n]/duration or R[n]/start/duration (e.g. R3/P7D, R/PT1H, R3/2026-01-01T08:00:00+01:00/P1D)";
        var parts = value.Split('/');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return false;
            }

            repetitions = n;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!IsoDateTime.TryParse(parts[1], out var s))
            {
                return false;
            }

            start = s;
        }

        if (!IsoDuration.TryParse(parts[^1], out var duration))
        {
            return false;
        }

        spec = new TimerSpec(TimerKind.Cycle, null, duration, start, null, repetitions);
        error = null;
        return true;
    }

    private static bool TryParseCron(string value, out TimerSpec? spec, out string? error)
    {
        spec = null;
        error = null;
        try
        {
            spec = new TimerSpec(TimerKind.Cycle, null, null, null, QuartzCron.Parse(value), null);
            return true;
        }
        catch (CronFormatException ex)
        {
            error = $"timeCycle '{value}' is neither an ISO-8601 repeating interval (R3/P7D) nor a cron with seconds (0 0 9 * * ?): {ex.Message}";
            return false;
        }
    }

    private static string Describe(TimerKind kind) => kind switch
    {
        TimerKind.Date => "timeDate",
        TimerKind.Duration => "timeDuration",
        _ => "timeCycle",
    };

    private static string Expected(TimerKind kind) => kind switch
    {
        TimerKind.Date => "an ISO-8601 date-time text or a date",
        TimerKind.Duration => "an ISO-8601 duration text or a positive time span",
        _ => "an ISO-8601 repeating interval or cron text",
    };
}
