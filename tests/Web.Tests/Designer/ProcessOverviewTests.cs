using Samverkan.Host.Components.Designer;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Web.Tests.Designer;

public sealed class ProcessOverviewTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 16, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_GroupsVersionsByKey_NewestFirst_WithRunningInstancesPerVersion()
    {
        DefinitionInfo[] definitions =
        [
            Definition("sip", 1, "SIP"), Definition("sip", 2, "SIP"), Definition("sip", 3, "SIP – samordnad individuell plan"),
            Definition("avvikelse", 1, "Avvikelse"),
        ];
        VersionInstanceCount[] counts = [new("sip", 1, 4), new("sip", 3, 2), new("annan", 1, 9)];

        var rows = ProcessOverview.Build(definitions, counts);

        Assert.Equal(["avvikelse", "sip"], rows.Select(r => r.Key));
        var sip = rows[1];
        Assert.Equal("SIP – samordnad individuell plan", sip.Name);
        Assert.Equal([3, 2, 1], sip.Versions.Select(v => v.Version));
        Assert.Equal([2, 0, 4], sip.Versions.Select(v => v.Running));
        Assert.Equal(3, sip.Latest.Version);
        Assert.Equal(6, sip.Running);
        Assert.Equal(0, rows[0].Running);
    }

    [Fact]
    public void Build_NoDefinitions_IsEmpty() => Assert.Empty(ProcessOverview.Build([], [new("sip", 1, 1)]));

    [Fact]
    public async Task LoadAsync_CountsOnlyRunningInstancesOfEachVersion()
    {
        var engine = DesignerEngine.Create();
        var key = "overview-" + Guid.NewGuid().ToString("N")[..8];
        await engine.DeployAsync(ProcessTemplates.TaskWithReminder.Create(key, "Första"));
        await engine.StartAsync(key);
        await engine.StartAsync(key);
        await engine.DeployAsync(ProcessTemplates.TaskWithReminder.Create(key, "Andra"));
        var cancelled = await engine.StartAsync(key);
        await engine.StartAsync(key);
        await engine.CancelAsync(cancelled.Id, "test");

        var row = Assert.Single(await ProcessOverview.LoadAsync(engine));

        Assert.Equal("Andra", row.Name);
        Assert.Equal([(2, 1), (1, 2)], row.Versions.Select(v => (v.Version, v.Running)));
    }

    private static DefinitionInfo Definition(string key, int version, string name) => new()
    {
        Id = Guid.NewGuid(), Key = key, Version = version, Name = name, Hash = key + version,
        DeployedAt = T0.AddDays(version),
    };
}
