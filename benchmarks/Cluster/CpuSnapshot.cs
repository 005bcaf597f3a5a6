using System.Globalization;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>
/// CPU time used so far (Linux /proc) by this program, the nodes it started (its child processes), PostgreSQL, Redis
/// and the whole machine; two snapshots tell where a run's CPU went. Empty where there is no /proc.
/// </summary>
internal sealed record CpuSnapshot(IReadOnlyDictionary<string, double> Seconds)
{
    public static readonly string[] Groups = ["nodes", "postgres", "redis", "harness", "machine"];

    // USER_HZ: the unit of /proc's CPU times, 100 on every Linux build in use.
    private const double TicksPerSecond = 100;

    public static CpuSnapshot Take()
    {
        var seconds = Groups.ToDictionary(g => g, _ => 0.0);
        if (!File.Exists("/proc/stat"))
        {
            return new CpuSnapshot(seconds);
        }
        var self = Environment.ProcessId;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || Read(Path.Combine(folder, "stat")) is not { } stat)
            {
                continue;
            }
            // "pid (comm) state ppid … utime stime …": the command may hold spaces, so split after its closing parenthesis.
            var comm = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ppid = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var used = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            var group = pid == self ? "harness" : ppid == self ? "nodes" : comm.StartsWith("postgres", StringComparison.Ordinal) ? "postgres"
                : comm.StartsWith("redis", StringComparison.Ordinal) ? "redis" : null;
            if (group is not null)
            {
                seconds[group] += used;
            }
        }
        // The first line of /proc/stat: user nice system idle iowait irq softirq steal …; busy is all but idle and iowait.
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        seconds["machine"] = (cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7]) / TicksPerSecond;
        return new CpuSnapshot(seconds);
    }

    /// <summary>CPU seconds per group between <paramref name="before"/> and this snapshot.</summary>
    public IReadOnlyDictionary<string, double> Since(CpuSnapshot before) =>
        Groups.ToDictionary(g => g, g => Seconds[g] - before.Seconds.GetValueOrDefault(g));

    private static string? Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return null; // The process ended while the folder was listed.
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The 1-, 5- and 15-minute load averages as /proc/loadavg tells them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
