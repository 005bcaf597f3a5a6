namespace Samverkan.Cluster.Benchmarks;

/// <summary>One configuration under test: the nodes the clients call and the database the timers are read from.</summary>
internal interface IBenchTarget : IAsyncDisposable
{
    string Name { get; }

    IReadOnlyList<Uri> Nodes { get; }

    /// <summary>The benchmark process's timers due between <paramref name="from"/> and <paramref name="to"/>.</summary>
    Task<TimerFigures> TimersAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The new-task notifications of the tasks created between <paramref name="from"/> and <paramref name="to"/>.</summary>
    Task<NotificationFigures> NotificationsAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The database's own counters so far (transactions, rows written per table), where it keeps them; two readings tell a run's.</summary>
    Task<IReadOnlyDictionary<string, long>> DatabaseCountersAsync();
}
