using System.Diagnostics;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>One configuration's run: warm up, measure with every client for the set time, then wait for the timers due meanwhile and read how late they fired.</summary>
internal static class Measurement
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(10);
    /// <summary>
    /// Before the idle window: the runtime's tiered compiler is still optimising methods the load made hot, and
    /// PostgreSQL's statistics of busy backends reach pg_stat_database up to seconds late; neither is idle work.
    /// </summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(15);

    public static async Task<RunResult> RunAsync(IBenchTarget target, BenchSettings settings)
    {
        using var nodes = await NodeClients.SignInAsync(target.Nodes);
        Console.WriteLine($"{target.Name}: warming up for {settings.WarmUp.TotalSeconds} s with {settings.Clients} clients on {nodes.Count} node(s)");
        await LoadAsync(nodes, settings.Clients, settings.WarmUp);

        var loadBefore = CpuSnapshot.LoadAverage();
        Console.WriteLine($"{target.Name}: measuring for {settings.Duration.TotalSeconds} s (load average {loadBefore})");
        var databaseBefore = await target.DatabaseCountersAsync();
        var cpuBefore = CpuSnapshot.Take();
        var from = TimeProvider.System.GetUtcNow();
        var records = await LoadAsync(nodes, settings.Clients, settings.Duration);
        var to = TimeProvider.System.GetUtcNow();
        var cpu = CpuSnapshot.Take().Since(cpuBefore);
        var loadAfter = CpuSnapshot.LoadAverage();
        var databaseAfter = await target.DatabaseCountersAsync();

        Console.WriteLine($"{target.Name}: waiting for the timers due while measuring to fire");
        var drain = Stopwatch.StartNew();
        var timers = await target.TimersAsync(from, to);
        while (timers.Pending > 0 && drain.Elapsed < DrainLimit)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            timers = await target.TimersAsync(from, to);
        }
        var timerDrain = drain.Elapsed;
        drain.Restart();
        var notifications = await target.NotificationsAsync(from, to);
        while (notifications.Missing > 0 && drain.Elapsed < DrainLimit)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            notifications = await target.NotificationsAsync(from, to);
        }
        var notificationDrain = timerDrain + drain.Elapsed;

        // What the nodes and the database do with no client at all (polling, sweeps, heartbeats), once the timers
        // have fired: the part of the CPU per instance that does not depend on the load.
        await Task.Delay(SettleTime);
        var idleDatabaseBefore = await target.DatabaseCountersAsync();
        var idleCpuBefore = CpuSnapshot.Take();
        await Task.Delay(IdleTime);
        var idleCpu = CpuSnapshot.Take().Since(idleCpuBefore);
        var idleDatabase = await target.DatabaseCountersAsync();

        var result = new RunResult(
            target.Name,
            nodes.Count,
            // Cycles count when they completed before the deadline; those still running then end after it.
            settings.Duration,
            records.Sum(r => r.Cycles),
            Enum.GetValues<Step>().ToDictionary(s => s, s => new Percentiles(records.SelectMany(r => r.LatencyMs[(int)s]))),
            records.SelectMany(r => r.Failures).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value)),
            timers,
            timerDrain,
            notifications,
            notificationDrain,
            cpu,
            databaseAfter.ToDictionary(c => c.Key, c => c.Value - databaseBefore.GetValueOrDefault(c.Key)),
            loadBefore,
            loadAfter,
            idleCpu.ToDictionary(c => c.Key, c => c.Value / IdleTime.TotalSeconds),
            (idleDatabase.GetValueOrDefault("transactions") - idleDatabaseBefore.GetValueOrDefault("transactions")) / IdleTime.TotalSeconds);
        Report.PrintTables(result, Console.Out);
        return result;
    }

    private static async Task<List<ClientRecord>> LoadAsync(NodeClients nodes, int clients, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var running = Enumerable.Range(0, clients).Select(c => new CycleClient(nodes, c)).ToList();
        await Task.WhenAll(running.Select(c => Task.Run(() => c.RunUntilAsync(deadline))));
        return running.Select(c => c.Record).ToList();
    }
}
