namespace Samverkan.Cluster.Benchmarks;

/// <summary>The four requests of one cycle, in order.</summary>
internal enum Step
{
    Start,
    Query,
    Claim,
    Complete,
}
