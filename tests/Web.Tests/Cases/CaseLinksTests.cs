using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Components.Shared;
using Samverkan.Workflows.Execution;

namespace Samverkan.Web.Tests.Cases;

/// <summary>Tasks and notifications find their case through their process's business key, so that they can link to it.</summary>
public sealed class CaseLinksTests : IAsyncLifetime
{
    private readonly CaseWorld _world = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task CasesOfInstances_ProcessOfACase_IsLinked_OtherBusinessKeysAreNot()
    {
        var view = await _world.CaseAsync();
        var engine = _world.Services.GetRequiredService<ProcessEngine>();
        var due = _world.Clock.GetUtcNow().AddDays(1).ToString("O");
        var ofCase = await engine.StartAsync("prov", view.Case.Id.ToString(), new Dictionary<string, object?> { ["due"] = due });
        var notACase = await engine.StartAsync("prov", Guid.NewGuid().ToString(), new Dictionary<string, object?> { ["due"] = due });
        var noKey = await engine.StartAsync("prov", null, new Dictionary<string, object?> { ["due"] = due });
        var links = _world.Services.GetRequiredService<CaseLinks>();

        var found = await links.CasesOfInstancesAsync([ofCase.Id, notACase.Id, noKey.Id]);
        var references = await links.CasesAsync([view.Case.BusinessKey, "sip-1", null]);

        Assert.Equal(new Dictionary<Guid, Guid> { [ofCase.Id] = view.Case.Id }, found);
        Assert.Equal(new Dictionary<Guid, string> { [view.Case.Id] = view.Case.Reference }, references);
    }
}
