namespace Samverkan.Host.Hosting;

/// <summary>Which node of the service this process is (<c>Samverkan:NodeName</c>, else the machine's name).</summary>
public sealed record SamverkanNode(string Name)
{
    public static SamverkanNode From(SamverkanOptions options) =>
        new(string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim());
}
