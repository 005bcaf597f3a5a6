using System.Globalization;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>The configurations side by side, as a Markdown table for docs/benchmarks.md.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<RunResult> results, BenchSettings settings, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Clients} clients, {settings.Duration.TotalSeconds} s measured after {settings.WarmUp.TotalSeconds} s of warm-up; {Environment.ProcessorCount} cores"));
        output.WriteLine();
        output.WriteLine("| | " + string.Join(" | ", results.Select(r => r.Name)) + " |");
        output.WriteLine("|---|" + string.Concat(results.Select(_ => "---|")));
        Row(output, results, "instances/s (start + task + claim + complete)", r => F($"{r.InstancesPerSecond:0} ({r.Cycles} in {r.Duration.TotalSeconds:0.0} s)"));
        foreach (var step in Enum.GetValues<Step>())
        {
            Row(output, results, $"{step.ToString().ToLowerInvariant()} p50 / p95 / p99 ms", r => r.Latency[step].Summary());
        }
        Row(output, results, "timer lateness (due → fired) p50 / p95 / p99 / max ms", Lateness);
        Row(output, results, "timers due while measuring: fired (not fired after the wait)", r => F($"{r.Timers.Lateness.Count} ({r.Timers.Pending}), last fired {r.TimerDrain.TotalSeconds:0} s after the load"));
        Row(output, results, "new-task notification delay (task created → notification written) p50 / p95 / p99 / max ms", Delay);
        Row(output, results, "tasks created while measuring: notified (not notified after the wait)", r => F($"{r.Notifications.Delays.Count} ({r.Notifications.Missing}), the last {r.NotificationDrain.TotalSeconds:0} s after the load"));
        Row(output, results, "failed requests", r => r.Failures.Count == 0 ? "0" : string.Join(", ", r.Failures.OrderBy(f => f.Key).Select(f => F($"{f.Key}: {f.Value}"))));
        Row(output, results, "CPU ms per instance: nodes / postgres / redis / harness (machine)", Cpu);
        Row(output, results, "idle afterwards (no clients, timers fired): CPU ms per second, nodes / postgres; PostgreSQL transactions per second", Idle);
        Row(output, results, "CPU of other processes while measuring (share of the machine)", Others);
        Row(output, results, "PostgreSQL per instance: transactions / rows written (engine and host tables, hangfire schema)", Database);
        Row(output, results, "load average (1, 5, 15 min) when measuring began → ended; the run's own load included", r => $"{r.LoadBefore} → {r.LoadAfter}");
    }

    private static string Lateness(RunResult r)
    {
        var lateness = new Percentiles(r.Timers.Lateness.Select(l => l.TotalMilliseconds));
        return lateness.Count == 0 ? "—" : F($"{lateness.At(50):0} / {lateness.At(95):0} / {lateness.At(99):0} / {lateness.Max:0}");
    }

    private static string Delay(RunResult r)
    {
        var delay = new Percentiles(r.Notifications.Delays.Select(l => l.TotalMilliseconds));
        return delay.Count == 0 ? "—" : F($"{delay.At(50):0} / {delay.At(95):0} / {delay.At(99):0} / {delay.Max:0}");
    }

    private static string Cpu(RunResult r)
    {
        double PerInstance(string group) => r.Cycles == 0 ? double.NaN : r.CpuSeconds[group] * 1000 / r.Cycles;
        return F($"{PerInstance("nodes"):0.00} / {PerInstance("postgres"):0.00} / {PerInstance("redis"):0.00} / {PerInstance("harness"):0.00} ({PerInstance("machine"):0.00})");
    }

    private static string Database(RunResult r)
    {
        if (r.DatabaseWork.Count == 0 || r.Cycles == 0)
        {
            return "—";
        }
        double PerInstance(long value) => (double)value / r.Cycles;
        var rows = r.DatabaseWork.Where(w => w.Key.Contains('.', StringComparison.Ordinal)).ToList();
        var hangfire = rows.Where(w => w.Key.StartsWith("hangfire.", StringComparison.Ordinal)).Sum(w => w.Value);
        return F($"{PerInstance(r.DatabaseWork.GetValueOrDefault("transactions")):0.0} / {PerInstance(rows.Sum(w => w.Value) - hangfire):0.0}, {PerInstance(hangfire):0.0}");
    }

    /// <summary>Rows written per instance in each table that was written, most first, for reading where a database's time goes.</summary>
    public static void PrintTables(RunResult r, TextWriter output)
    {
        foreach (var (table, count) in r.DatabaseWork.Where(w => w.Value > 0).OrderByDescending(w => w.Value))
        {
            output.WriteLine(F($"  {table}: {(double)count / Math.Max(1, r.Cycles):0.00} per instance"));
        }
    }

    private static string Idle(RunResult r) =>
        F($"{r.IdleCpuSecondsPerSecond["nodes"] * 1000:0} / {r.IdleCpuSecondsPerSecond["postgres"] * 1000:0}; {r.IdleTransactionsPerSecond:0}");

    /// <summary>
    /// The machine's CPU time not used by this run's processes, as a share of all cores: whether the machine was quiet.
    /// (The load average cannot tell: the run's own nodes, database and clients make most of it.)
    /// </summary>
    private static string Others(RunResult r)
    {
        var ours = CpuSnapshot.Groups.Where(g => g != "machine").Sum(g => r.CpuSeconds[g]);
        return F($"{(r.CpuSeconds["machine"] - ours) / (r.Duration.TotalSeconds * Environment.ProcessorCount):0%}");
    }

    private static void Row(TextWriter output, IReadOnlyList<RunResult> results, string name, Func<RunResult, string> cell) =>
        output.WriteLine($"| {name} | " + string.Join(" | ", results.Select(cell)) + " |");

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
