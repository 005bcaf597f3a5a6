using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class InputParameterScenarioTests
{
    private static string Inputs(string parameters) =>
        $"""<bpmn:extensionElements><camunda:inputOutput>{parameters}</camunda:inputOutput></bpmn:extensionElements>""";

    [Fact]
    public async Task ServiceTask_InputParameters_HandlerSeesThemInstanceDoesNot()
    {
        var handler = new RecordingHandler();
        var f = new EngineFixture(handlers: [handler]);
        await f.DeployAsync("p",
            """<bpmn:startEvent id="s"/><bpmn:serviceTask id="tell" camunda:delegateExpression="${notify}">""" +
            Inputs("""<camunda:inputParameter name="notifyKind">Reminder</camunda:inputParameter>""" +
                   """<camunda:inputParameter name="notifyTo"><camunda:list><camunda:value>group:sip-samordnare</camunda:value><camunda:value>${owner}</camunda:value></camunda:list></camunda:inputParameter>""" +
                   """<camunda:inputParameter name="meeting"><camunda:map><camunda:entry key="start">${Dates.AddDays(now, 2)}</camunda:entry><camunda:entry key="subject">SIP-möte</camunda:entry></camunda:map></camunda:inputParameter>""" +
                   """<camunda:inputParameter name="copy">${notifyKind}</camunda:inputParameter>""") +
            """</bpmn:serviceTask><bpmn:userTask id="next"/>""" + Flow("f1", "s", "tell") + Flow("f2", "tell", "next"));
        var instance = await f.Engine.StartAsync("p", variables: V(("owner", "user:anna")));

        await f.Engine.RunDueJobsAsync();

        var seen = Assert.Single(handler.Seen);
        Assert.Equal("Reminder", seen["notifyKind"]);
        Assert.Equal(new List<object?> { "group:sip-samordnare", "user:anna" }, seen["notifyTo"]);
        var meeting = Assert.IsType<Dictionary<string, object?>>(seen["meeting"]);
        Assert.Equal(f.Clock.GetUtcNow().AddDays(2), meeting["start"]);
        Assert.Equal("SIP-möte", meeting["subject"]);
        Assert.Equal("Reminder", seen["copy"]);
        var variables = (await f.InstanceAsync(instance.Id)).Variables;
        Assert.DoesNotContain("notifyTo", variables.Keys);
        Assert.Equal("next", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task MultiInstanceUserTask_InputParameterPerItem_EachTaskGetsItsGroup()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="s"/><bpmn:userTask id="call" camunda:candidateGroups="${group}">""" +
            Inputs("""<camunda:inputParameter name="group">${party.group}</camunda:inputParameter>""") +
            """<bpmn:multiInstanceLoopCharacteristics camunda:collection="${parties}" camunda:elementVariable="party"/></bpmn:userTask>""" +
            """<bpmn:endEvent id="e"/>""" + Flow("f1", "s", "call") + Flow("f2", "call", "e"));
        var parties = new List<object?>
        {
            new Dictionary<string, object?> { ["group"] = "kommun-soc" },
            new Dictionary<string, object?> { ["group"] = "region-psyk" },
        };

        var instance = await f.Engine.StartAsync("p", variables: V(("parties", parties)));

        var tasks = await f.OpenTasksAsync(instance.Id);
        Assert.Equal(["kommun-soc", "region-psyk"], tasks.Select(t => Assert.Single(t.CandidateGroupList)).Order());
    }

    [Fact]
    public async Task InputParameter_MissingVariable_IncidentAtActivity()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="s"/><bpmn:userTask id="t">""" + Inputs("""<camunda:inputParameter name="x">${missing}</camunda:inputParameter>""") +
            """</bpmn:userTask>""" + Flow("f1", "s", "t"));

        var instance = await f.Engine.StartAsync("p");

        var incident = Assert.Single((await f.InstanceAsync(instance.Id)).Incidents);
        Assert.Equal("t", incident.ElementId);
        Assert.Contains("missing", incident.Message);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
    }

    private sealed class RecordingHandler : IServiceTaskHandler
    {
        public List<IReadOnlyDictionary<string, object?>> Seen { get; } = [];
        public string Name => "notify";

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            Seen.Add(context.Variables);
            return Task.FromResult<IReadOnlyDictionary<string, object?>?>(null);
        }
    }
}
