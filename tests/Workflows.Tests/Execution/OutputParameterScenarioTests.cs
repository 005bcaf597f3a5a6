using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Camunda 7 camunda:outputParameter: evaluated in the activity's scope as it completes, set in the enclosing scope.</summary>
public sealed class OutputParameterScenarioTests
{
    private static string Outputs(string parameters) =>
        $"""<bpmn:extensionElements><camunda:inputOutput>{parameters}</camunda:inputOutput></bpmn:extensionElements>""";

    [Fact]
    public async Task UserTask_OutputParameters_TextExpressionListAndMapSetOnCompletion()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", Modeler("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="work">""" +
            Outputs("""<camunda:inputParameter name="price">${basePrice * 2}</camunda:inputParameter>""" +
                    """<camunda:outputParameter name="total">${price * count}</camunda:outputParameter>""" +
                    """<camunda:outputParameter name="status">klar</camunda:outputParameter>""" +
                    """<camunda:outputParameter name="tags"><camunda:list><camunda:value>a</camunda:value><camunda:value>${status2}</camunda:value></camunda:list></camunda:outputParameter>""" +
                    """<camunda:outputParameter name="summary"><camunda:map><camunda:entry key="count">${count}</camunda:entry></camunda:map></camunda:outputParameter>""") +
            """</bpmn:userTask><bpmn:userTask id="next"/>""" + Flow("f1", "s", "work") + Flow("f2", "work", "next")));
        var instance = await f.Engine.StartAsync("p", variables: V(("basePrice", 5L)));
        var before = (await f.InstanceAsync(instance.Id)).Variables;

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "work")).Id, V(("count", 3L), ("status2", "b")));

        var after = (await f.InstanceAsync(instance.Id)).Variables;
        Assert.DoesNotContain("total", before.Keys);
        Assert.Equal(30L, after["total"]);
        Assert.Equal("klar", after["status"]);
        Assert.Equal(new List<object?> { "a", "b" }, after["tags"]);
        Assert.Equal(3L, Assert.IsType<Dictionary<string, object?>>(after["summary"])["count"]);
        Assert.DoesNotContain("price", after.Keys);
    }

    [Fact]
    public async Task TaskInSubProcess_OutputWritesTheSubProcessVariable_SubProcessOutputReachesTheProcess()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", Modeler("p", """<bpmn:startEvent id="s"/><bpmn:subProcess id="sub">""" +
            Outputs("""<camunda:inputParameter name="counter">${0}</camunda:inputParameter><camunda:outputParameter name="finalCount">${counter}</camunda:outputParameter>""") +
            """<bpmn:startEvent id="ss"/><bpmn:task id="inc">""" +
            Outputs("""<camunda:outputParameter name="counter">${counter + 1}</camunda:outputParameter>""") +
            """</bpmn:task><bpmn:endEvent id="se"/>""" + Flow("sf1", "ss", "inc") + Flow("sf2", "inc", "se") +
            """</bpmn:subProcess><bpmn:userTask id="next"/>""" + Flow("f1", "s", "sub") + Flow("f2", "sub", "next")));

        var instance = await f.Engine.StartAsync("p");

        var variables = (await f.InstanceAsync(instance.Id)).Variables;
        Assert.Equal(1L, variables["finalCount"]);
        Assert.DoesNotContain("counter", variables.Keys);
    }

    [Fact]
    public async Task OutputExpressionFails_IncidentAndNothingWritten_RetryAfterFixLeaves()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", Modeler("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="work">""" +
            Outputs("""<camunda:outputParameter name="first">ok</camunda:outputParameter><camunda:outputParameter name="second">${missing}</camunda:outputParameter>""") +
            """</bpmn:userTask><bpmn:userTask id="next"/>""" + Flow("f1", "s", "work") + Flow("f2", "work", "next")));
        var instance = await f.Engine.StartAsync("p");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "work")).Id);

        var failed = await f.InstanceAsync(instance.Id);
        var incident = Assert.Single(failed.Incidents);
        Assert.Equal("work", incident.ElementId);
        Assert.Contains("Output of 'work'", incident.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("first", failed.Variables.Keys);
        Assert.Equal(["work"], failed.ActiveElementIds);

        await f.Engine.SetVariablesAsync(instance.Id, V(("missing", "now-there")));
        await f.Engine.RetryIncidentAsync(incident.Id);

        var after = await f.InstanceAsync(instance.Id);
        Assert.Equal(("ok", "now-there"), (after.Variables["first"], after.Variables["second"]));
        Assert.Equal(["next"], after.ActiveElementIds);
    }
}
