using System.Globalization;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>What to run, from the command line; every value has a default that works on a developer's machine.</summary>
internal sealed record BenchSettings
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(15);
    public int Clients { get; init; } = 16;
    public bool RunCluster { get; init; } = true;
    public bool RunSqlite { get; init; } = true;

    /// <summary>A role that may create databases; the benchmark makes a fresh one and drops it afterwards.</summary>
    public string PostgresAdmin { get; init; } = "Host=127.0.0.1;Port=5432;Username=samverkan;Password=samverkan;Database=postgres";
    public string Redis { get; init; } = "127.0.0.1:6379";

    /// <summary>Running nodes to use instead of starting them: two URLs and their database's connection string.</summary>
    public IReadOnlyList<Uri>? ClusterUrls { get; init; }
    public string? ClusterDatabase { get; init; }

    /// <summary>A running SQLite node to use instead of starting one, and its database file.</summary>
    public Uri? SqliteUrl { get; init; }
    public string? SqliteFile { get; init; }

    public const string Usage = """
        dotnet run -c Release --project benchmarks/Cluster -- [seconds] [options]
          seconds                 measured time per configuration (30)
          --warmup S              warm-up before measuring (15)
          --clients N             concurrent clients (16)
          --only cluster|sqlite   one configuration only
          --pg CONN               PostgreSQL role that may create databases (samverkan/samverkan on 127.0.0.1:5432)
          --redis HOST:PORT       Redis for the two nodes (127.0.0.1:6379)
          --cluster-urls A,B --cluster-db CONN   use two running nodes on that database instead of starting them
          --sqlite-url U --sqlite-file PATH      use a running SQLite node and its file instead of starting one
        Running nodes must have the process 'bench' of BenchProcess deployed and the demo users seeded.
        """;

    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--warmup" => settings with { WarmUp = Seconds(Next()) },
                "--clients" => settings with { Clients = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--only" => Next() switch
                {
                    "cluster" => settings with { RunSqlite = false },
                    "sqlite" => settings with { RunCluster = false },
                    var other => throw new ArgumentException($"--only takes cluster or sqlite, not {other}."),
                },
                "--pg" => settings with { PostgresAdmin = Next() },
                "--redis" => settings with { Redis = Next() },
                "--cluster-urls" => settings with { ClusterUrls = Next().Split(',').Select(u => new Uri(u)).ToList() },
                "--cluster-db" => settings with { ClusterDatabase = Next() },
                "--sqlite-url" => settings with { SqliteUrl = new Uri(Next()) },
                "--sqlite-file" => settings with { SqliteFile = Next() },
                var value when double.TryParse(value, CultureInfo.InvariantCulture, out _) => settings with { Duration = Seconds(value) },
                var other => throw new ArgumentException($"Unknown argument {other}."),
            };
        }
        if (settings.ClusterUrls is { Count: not 2 } || (settings.ClusterUrls is null) != (settings.ClusterDatabase is null))
        {
            throw new ArgumentException("--cluster-urls takes two URLs, together with --cluster-db.");
        }
        if ((settings.SqliteUrl is null) != (settings.SqliteFile is null))
        {
            throw new ArgumentException("--sqlite-url goes with --sqlite-file.");
        }
        return settings;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
