namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>
/// Tests that start the host share one and never run in parallel: Program.cs sets Serilog's static bootstrap
/// logger, which two hosts starting at once would both try to freeze.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<SamverkanFactory>
{
    public const string Name = "Host";
}
