using System.Net;
using System.Text.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Rules;

/// <summary>
/// Rule sets and parameters in running processes, through the API of one host that is never restarted: a manager's
/// change reaches the next business rule task, gateway, due date and timer. Each test has a host of its own.
/// </summary>
public sealed class RulesInProcessesTests : IAsyncLifetime
{
    private readonly RulesHost _host = new();

    private ApiClient Api => _host.Api;

    /// <summary>The tasks here are in groups no demo user is in, or in none: a chef, who follows up on every task, reads and completes them.</summary>
    private ApiClient Chef => field ??= SignedIn(DemoUsers.Chef);

    private ApiClient SignedIn(DemoUser user)
    {
        var client = new ApiClient(_host.CreateClient());
        client.Http.DefaultRequestHeaders.SignInAs(user);
        return client;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task BusinessRuleTask_ManagerChangesAParameterThroughTheApi_NextInstanceTakesTheOtherWay()
    {
        await ExpectAsync(await Api.SaveRuleSetAsync("Eligibility", RulesHost.ReadFile("Eligibility.json")), HttpStatusCode.Created);
        await ExpectAsync(await Api.DeployAsync(RulesHost.ReadFile("Eligibility.bpmn")), HttpStatusCode.Created);
        var seeded = (await Api.GetAsync("/api/parameters")).EnumerateArray().Max(p => p.GetProperty("setBy").GetProperty("id").GetInt64());
        var seventeen = new { variables = new { dateOfBirth = "2008-03-01" } };

        var before = await Api.StartAsync("rules_eligibility", seventeen);
        var change = await ExpectAsync(await Api.ChangeParameterAsync("minimumAge",
            new { value = 16, changedBy = "enhetschef", reason = "Insatsen gäller från 16 år" }), HttpStatusCode.OK);
        var after = await Api.StartAsync("rules_eligibility", seventeen);

        var refer = await Chef.SingleTaskAsync(Id(before));
        Assert.Equal("Refer", refer.GetProperty("elementId").GetString());
        Assert.Equal(["ungdom"], refer.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        var plan = await Chef.SingleTaskAsync(Id(after));
        Assert.Equal("Plan", plan.GetProperty("elementId").GetString());
        Assert.Equal(["vuxen"], plan.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));

        var parametersAfter = change.GetProperty("id").GetInt64();
        Assert.Equal($"Eligibility v1, parameters r{seeded}, as of 2025-09-01T09:00:00+02:00: failed OldEnough", await DecisionAsync(Id(before)));
        Assert.Equal($"Eligibility v1, parameters r{parametersAfter}, as of 2025-09-01T09:00:00+02:00: passed", await DecisionAsync(Id(after)));
        var eligibility = (await Api.GetAsync($"/api/instances/{Id(after)}")).GetProperty("variables").GetProperty("eligibility");
        Assert.True(eligibility.GetProperty("passed").GetBoolean());
        Assert.Equal(1, eligibility.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal(parametersAfter, eligibility.GetProperty("parametersVersion").GetInt64());
    }

    [Fact]
    public async Task BusinessRuleTask_NewRuleSetVersionSavedThroughTheApi_IsUsedByTheNextInstance()
    {
        var file = RulesHost.ReadFile("Eligibility.json");
        await ExpectAsync(await Api.SaveRuleSetAsync("Eligibility", file), HttpStatusCode.Created);
        await ExpectAsync(await Api.DeployAsync(RulesHost.ReadFile("Eligibility.bpmn")), HttpStatusCode.Created);
        var adult = new { variables = new { dateOfBirth = "1990-05-17" } };
        var before = await Api.StartAsync("rules_eligibility", adult);

        var version2 = file.Replace("new (\\\"vuxen\\\" as group)", "new (\\\"vuxna\\\" as group)", StringComparison.Ordinal)
            .Replace("\"group\": \"vuxen\"", "\"group\": \"vuxna\"", StringComparison.Ordinal);
        await ExpectAsync(await Api.SaveRuleSetAsync("Eligibility", version2), HttpStatusCode.Created);
        var after = await Api.StartAsync("rules_eligibility", adult);

        Assert.Equal(["vuxen"], (await Chef.SingleTaskAsync(Id(before))).GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["vuxna"], (await Chef.SingleTaskAsync(Id(after))).GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.StartsWith("Eligibility v2, ", await DecisionAsync(Id(after)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BusinessRuleTask_RuleErrors_IsAnIncidentNamingTheRule_NotAWay()
    {
        await ExpectAsync(await Api.SaveRuleSetAsync("Eligibility", RulesHost.ReadFile("Eligibility.json")), HttpStatusCode.Created);
        await ExpectAsync(await Api.DeployAsync(RulesHost.ReadFile("Eligibility.bpmn")), HttpStatusCode.Created);

        var instance = await Api.StartAsync("rules_eligibility", new { variables = new { name = "utan födelsedatum" } });

        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Equal("Check", incident.GetProperty("elementId").GetString());
        Assert.Contains("OldEnough", incident.GetProperty("message").GetString());
        Assert.Equal(["Check"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task DueDateAndTimers_ReadParams_AndPickUpAChangeAtTheirNextTrigger()
    {
        await ExpectAsync(await Api.DeployAsync(RulesHost.ReadFile("Deadlines.bpmn")), HttpStatusCode.Created);
        var start = RulesHost.Start;

        var before = Id(await Api.StartAsync("rules_deadlines"));
        await ExpectAsync(await Api.ChangeParameterAsync("kallelseDays", new { value = 5, changedBy = "enhetschef", reason = "Längre tid till kallelse" }), HttpStatusCode.OK);
        await ExpectAsync(await Api.ChangeParameterAsync("reviewWait", new { value = "P7D", changedBy = "enhetschef", reason = "Tätare påminnelser" }), HttpStatusCode.OK);
        var after = Id(await Api.StartAsync("rules_deadlines"));

        Assert.Equal(start.AddDays(3), (await Chef.SingleTaskAsync(before)).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(start.AddDays(14), await TimerDueAsync(before, "Remind"));
        Assert.Equal(start.AddDays(5), (await Chef.SingleTaskAsync(after)).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(start.AddDays(7), await TimerDueAsync(after, "Remind"));

        // The instance started before the change reaches its next timer after it: that timer gets the new value.
        _host.Clock.Advance(TimeSpan.FromDays(1));
        var convene = (await Chef.SingleTaskAsync(before)).GetProperty("id").GetString();
        await ExpectAsync(await Chef.Http.PostAsync($"/api/tasks/{convene}/complete", RawJson("{}")), HttpStatusCode.NoContent);
        Assert.Equal(start.AddDays(1 + 7), await TimerDueAsync(before, "Wait"));
    }

    private static string Id(JsonElement instance) => instance.GetProperty("id").GetString()!;

    private async Task<string?> DecisionAsync(string instanceId)
    {
        var history = await Api.GetAsync($"/api/instances/{instanceId}/history");
        return Assert.Single(history.EnumerateArray(), h => h.GetProperty("type").GetString() == "DecisionEvaluated").GetProperty("detail").GetString();
    }

    private async Task<DateTimeOffset> TimerDueAsync(string instanceId, string elementId)
    {
        var timers = await _host.Engine.GetPendingTimersAsync();
        return Assert.Single(timers, t => t.InstanceId == Guid.Parse(instanceId) && t.ElementId == elementId).DueAt;
    }
}
