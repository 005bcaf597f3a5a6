namespace Samverkan.Cluster.Benchmarks;

/// <summary>What one simulated client saw: the latency of each successful request by step, its completed cycles and its failures.</summary>
internal sealed class ClientRecord
{
    public List<double>[] LatencyMs { get; } = Enum.GetValues<Step>().Select(_ => new List<double>()).ToArray();

    public int Cycles { get; set; }

    public Dictionary<string, int> Failures { get; } = [];

    public void Fail(Step step, string what) => Failures[$"{step} {what}"] = Failures.GetValueOrDefault($"{step} {what}") + 1;
}
