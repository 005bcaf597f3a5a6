using Samverkan.Workflows.Abstractions;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Expressions read globals such as the rule parameters in force (<c>params.x</c>) beside the variables.</summary>
public sealed class GlobalsScenarioTests
{
    private sealed class Parameters : IExpressionGlobals
    {
        public Dictionary<string, object?> Values { get; } = new() { ["limit"] = 10L, ["days"] = 3L };
        public int Calls { get; private set; }

        public ValueTask<IReadOnlyDictionary<string, object?>> GetAsync(DateTimeOffset asOf, CancellationToken ct)
        {
            Calls++;
            return ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(
                new Dictionary<string, object?> { ["params"] = new Dictionary<string, object?>(Values) });
        }
    }

    private const string Body =
        """
        <bpmn:startEvent id="start"/>
        <bpmn:userTask id="review" camunda:dueDate="${Dates.AddDays(now, params.days)}"/>
        <bpmn:exclusiveGateway id="split" default="small"/>
        <bpmn:userTask id="bigCase"/>
        <bpmn:userTask id="smallCase"/>
        """;

    private static string Flows =>
        Flow("f1", "start", "review") + Flow("f2", "review", "split") +
        Flow("big", "split", "bigCase", "${amount > params.limit}") + Flow("small", "split", "smallCase");

    [Fact]
    public async Task Expressions_ReadParams_AndSeeAChangeAtTheNextTrigger()
    {
        var parameters = new Parameters();
        var fx = new EngineFixture(globals: parameters);
        await fx.DeployAsync("p", Body + Flows);

        var first = await fx.Engine.StartAsync("p", variables: V(("amount", 12L)));
        var review = await fx.SingleTaskAsync(first.Id, "review");
        Assert.Equal(fx.Clock.GetUtcNow().AddDays(3), review.DueAt);

        parameters.Values["limit"] = 20L;
        await fx.Engine.CompleteTaskAsync(review.Id);

        Assert.Single(await fx.OpenTasksAsync(first.Id), t => t.ElementId == "smallCase");
        Assert.True(parameters.Calls >= 2);
    }

    [Fact]
    public async Task Globals_AreNotCopiedIntoTheInstanceVariables()
    {
        var fx = new EngineFixture(globals: new Parameters());
        await fx.DeployAsync("p", Body + Flows);

        var started = await fx.Engine.StartAsync("p", variables: V(("amount", 1L)));

        Assert.False(started.Variables.ContainsKey("params"));
    }

    [Fact]
    public async Task Expressions_WithoutGlobals_ReportTheMissingParamsAsAnIncident()
    {
        var fx = new EngineFixture();
        await fx.DeployAsync("p", Body + Flows);

        var started = await fx.Engine.StartAsync("p", variables: V(("amount", 1L)));

        var incident = Assert.Single(await fx.Engine.GetIncidentsAsync(started.Id));
        Assert.Equal("review", incident.ElementId);
        Assert.Contains("params", incident.Message);
    }
}
