namespace Samverkan.Cluster.Benchmarks;

/// <summary>
/// Tasks created in a window: how long after its task each first notification was written (the new-task notice, sent
/// after the commit by the node's notification worker), and how many tasks have none yet.
/// </summary>
internal sealed record NotificationFigures(IReadOnlyList<TimeSpan> Delays, long Missing);
