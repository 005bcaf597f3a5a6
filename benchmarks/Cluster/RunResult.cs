namespace Samverkan.Cluster.Benchmarks;

/// <summary>What one configuration measured.</summary>
internal sealed record RunResult(
    string Name,
    int NodeCount,
    TimeSpan Duration,
    int Cycles,
    IReadOnlyDictionary<Step, Percentiles> Latency,
    IReadOnlyDictionary<string, int> Failures,
    TimerFigures Timers,
    TimeSpan TimerDrain,
    NotificationFigures Notifications,
    TimeSpan NotificationDrain,
    IReadOnlyDictionary<string, double> CpuSeconds,
    IReadOnlyDictionary<string, long> DatabaseWork,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyDictionary<string, double> IdleCpuSecondsPerSecond,
    double IdleTransactionsPerSecond)
{
    public double InstancesPerSecond => Cycles / Duration.TotalSeconds;
}
