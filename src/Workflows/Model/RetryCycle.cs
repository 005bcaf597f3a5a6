namespace Samverkan.Workflows.Model;

/// <summary>
/// camunda:failedJobRetryTimeCycle: how many attempts a job gets in all and how long it waits after each failure,
/// either <c>R3/PT5M</c> (three attempts, five minutes apart) or a list <c>PT1M,PT5M,PT10M</c> (one attempt more
/// than there are intervals, waiting each interval in turn).
/// </summary>
public sealed record RetryCycle(int Attempts, IReadOnlyList<TimeSpan> Intervals)
{
    /// <summary>The wait after the given failure (1 for the first); the last interval repeats.</summary>
    public TimeSpan WaitAfter(int failure) => Intervals[Math.Clamp(failure - 1, 0, Intervals.Count - 1)];
}
