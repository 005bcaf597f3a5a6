using Samverkan.Cluster.Benchmarks;

// Start + user task + complete over HTTP, from concurrent clients for a fixed time, against two nodes on one
// PostgreSQL (+ Redis) and one node on SQLite, one after the other in the same run; see docs/benchmarks.md.
if (args is ["--help" or "-h"])
{
    Console.WriteLine(BenchSettings.Usage);
    return 0;
}
BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchSettings.Usage);
    return 2;
}

var loadAtStart = CpuSnapshot.LoadAverage();
var results = new List<RunResult>();
if (settings.RunCluster)
{
    Console.WriteLine("Starting two nodes on a fresh PostgreSQL database");
    await using var cluster = await PostgreSqlCluster.StartAsync(settings);
    results.Add(await Measurement.RunAsync(cluster, settings));
}
if (settings.RunSqlite)
{
    Console.WriteLine("Starting one node on a fresh SQLite file");
    await using var single = await SqliteNode.StartAsync(settings);
    results.Add(await Measurement.RunAsync(single, settings));
}
Report.Print(results, settings, Console.Out);
Console.WriteLine($"Load average (1, 5, 15 min) before the first node started: {loadAtStart}; at the end: {CpuSnapshot.LoadAverage()}");
return 0;
