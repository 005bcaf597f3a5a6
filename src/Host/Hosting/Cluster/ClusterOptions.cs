namespace Samverkan.Host.Hosting.Cluster;

/// <summary>The <c>Samverkan:Cluster</c> section: how many nodes serve one database.</summary>
public sealed class ClusterOptions
{
    /// <summary>
    /// The number of nodes behind the proxy. More than one needs <c>Samverkan:Storage:Provider=PostgreSql</c> and
    /// <c>ConnectionStrings:Redis</c> (the SignalR backplane); the start-up refuses otherwise instead of running a
    /// cluster whose notifications reach only the browsers of the node that raised them.
    /// </summary>
    public int Nodes { get; set; } = 1;
}
