namespace Samverkan.Cluster.Benchmarks;

/// <summary>Timers due in a window: how late each fired one was (its TimerFired history row's time minus its due time), and how many have not fired yet.</summary>
internal sealed record TimerFigures(IReadOnlyList<TimeSpan> Lateness, long Pending);
