using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Tests.Execution;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>Reading asynchronous continuations and listeners, and refusing what Samverkan cannot run, naming the element and what to do instead.</summary>
public sealed class AsyncAndListenerParsingTests
{
    private readonly BpmnParser _parser = new();

    private ParseResult Parse(string body) => _parser.Parse(ModelerFile.Camunda7("Process_1", body));

    [Theory]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:executionListener class="se.kommun.Logg" event="start" /></bpmn:extensionElements></bpmn:task>""",
        "listener-java-not-executed", "camunda:executionListener event=\"start\" names the Java class 'se.kommun.Logg', which Samverkan cannot run: use delegateExpression=\"${handlerName}\"")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:executionListener event="end"><camunda:script scriptFormat="groovy">println 1</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:task>""",
        "script-not-executed", "the groovy script in camunda:executionListener event=\"end\" of 'X' is not run by Samverkan")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="summa"><camunda:script scriptFormat="javascript">a + b</camunda:script></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>""",
        "script-not-executed", "the javascript script in camunda:inputParameter 'summa' of 'X' is not run by Samverkan: use an expression")]
    [InlineData("""<bpmn:scriptTask id="X" scriptFormat="groovy"><bpmn:script>execution.setVariable("a", 1)</bpmn:script></bpmn:scriptTask>""",
        "script-task-not-executed", "scriptTask 'X' has a groovy script, which Samverkan does not run: make it a service task with camunda:type=\"external\" and a topic")]
    [InlineData("""<bpmn:scriptTask id="X" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"><bpmn:extensionElements><zeebe:script expression="=a + 1" resultVariable="b" /></bpmn:extensionElements></bpmn:scriptTask>""",
        "script-task-not-executed", "scriptTask 'X' has a FEEL (zeebe:script) script")]
    [InlineData("""<bpmn:userTask id="X"><bpmn:extensionElements><camunda:taskListener delegateExpression="${logg}" event="delete" /></bpmn:extensionElements></bpmn:userTask>""",
        "listener-event-not-supported", "camunda:taskListener event=\"delete\" is not supported on userTask; supported here: create, assignment, complete")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:taskListener delegateExpression="${logg}" event="create" /></bpmn:extensionElements></bpmn:task>""",
        "listener-event-not-supported", "camunda:taskListener event=\"create\" is not supported on task")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:executionListener event="start" /></bpmn:extensionElements></bpmn:task>""",
        "listener-without-implementation", "camunda:executionListener event=\"start\" needs delegateExpression")]
    [InlineData("""<bpmn:exclusiveGateway id="X"><bpmn:extensionElements><camunda:executionListener delegateExpression="${logg}" event="start" /></bpmn:extensionElements></bpmn:exclusiveGateway>""",
        "listener-on-gateway-not-supported", "camunda:executionListener event=\"start\" is not supported on a gateway")]
    [InlineData("""<bpmn:parallelGateway id="X" camunda:asyncAfter="true" />""",
        "async-after-not-supported", "camunda:asyncAfter is not supported on parallelGateway")]
    [InlineData("""<bpmn:task id="T" /><bpmn:boundaryEvent id="X" attachedToRef="T" camunda:asyncBefore="true"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""",
        "async-before-not-supported", "camunda:asyncBefore is not supported on boundaryEvent")]
    [InlineData("""<bpmn:task id="X" camunda:asyncBefore="yes" />""",
        "invalid-async-flag", "camunda:asyncBefore=\"yes\" is neither \"true\" nor \"false\"")]
    [InlineData("""<bpmn:task id="X" camunda:asyncBefore="true"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/P1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:task>""",
        "invalid-retry-cycle", "camunda:failedJobRetryTimeCycle 'R3/P1M' is not R<attempts>/<duration>")]
    [InlineData("""<bpmn:task id="X" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"><bpmn:extensionElements><zeebe:executionListeners><zeebe:executionListener eventType="start" type="=jobType" /></zeebe:executionListeners></bpmn:extensionElements></bpmn:task>""",
        "zeebe-listener-type", "zeebe:executionListener eventType=\"start\" needs a fixed job type")]
    [InlineData("""<bpmn:parallelGateway id="X" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"><bpmn:extensionElements><zeebe:executionListeners><zeebe:executionListener eventType="start" type="t" /></zeebe:executionListeners></bpmn:extensionElements></bpmn:parallelGateway>""",
        "listener-event-not-supported", "zeebe:executionListener event=\"start\" is not supported on parallelGateway")]
    public void Parse_Unsupported_ErrorNamingElementAndWhatToDo(string body, string code, string message)
    {
        var result = Parse(body);

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == code);
        Assert.Equal("X", error.ElementId);
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Swedish));
    }

    [Fact]
    public void Parse_AsyncBeforeAfterEventBasedGateway_Refused()
    {
        var result = Parse("""
            <bpmn:eventBasedGateway id="G" />
            <bpmn:intermediateCatchEvent id="X" camunda:asyncBefore="true"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f" sourceRef="G" targetRef="X" />
            """);

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == "async-before-after-event-gateway");
        Assert.Equal("X", error.ElementId);
        Assert.Contains("put camunda:asyncAfter on the event instead", error.Message);
    }

    [Fact]
    public void Parse_TakeListenerOnFlowFromGateway_Refused()
    {
        var result = Parse("""
            <bpmn:exclusiveGateway id="G" />
            <bpmn:task id="T" />
            <bpmn:sequenceFlow id="X" sourceRef="G" targetRef="T"><bpmn:extensionElements><camunda:executionListener delegateExpression="${logg}" event="take" /></bpmn:extensionElements></bpmn:sequenceFlow>
            """);

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == "take-listener-after-gateway");
        Assert.Equal("X", error.ElementId);
        Assert.Contains("put an event=\"start\" listener on 'T' instead", error.Message);
    }

    [Fact]
    public void Parse_ListenerOnProcess_Refused()
    {
        var result = Parse("""<bpmn:extensionElements><camunda:executionListener delegateExpression="${logg}" event="start" /></bpmn:extensionElements><bpmn:startEvent id="S" />""");

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == "listener-on-process-not-supported");
        Assert.Equal("Process_1", error.ElementId);
    }

    [Fact]
    public void Parse_AsyncAttributes_ReadIntoTheNode()
    {
        var result = Parse("""
            <bpmn:task id="A" camunda:async="true" camunda:exclusive="false" />
            <bpmn:task id="B" camunda:asyncAfter="true"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R5/PT10M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:task>
            <bpmn:task id="C" camunda:asyncBefore="true"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>PT1M, PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:task>
            <bpmn:task id="D" camunda:asyncBefore="false" />
            """);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("async") || d.Message.Contains("failedJobRetryTimeCycle"));
        var process = Assert.Single(result.Document!.Processes);
        Assert.Equal(new AsyncContinuation { Before = true, Exclusive = false }, process.Node("A").Async);
        var b = process.Node("B").Async!;
        Assert.Equal((false, true, true), (b.Before, b.After, b.Exclusive));
        Assert.Equal(5, b.RetryCycle!.Attempts);
        Assert.Equal([TimeSpan.FromMinutes(10)], b.RetryCycle.Intervals);
        var c = process.Node("C").Async!.RetryCycle!;
        Assert.Equal(3, c.Attempts);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)], new[] { c.WaitAfter(1), c.WaitAfter(2), c.WaitAfter(3) });
        Assert.Null(process.Node("D").Async);
    }

    [Fact]
    public void Parse_RetryCycleWithoutJob_Warning()
    {
        var result = Parse("""<bpmn:userTask id="X"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:userTask>""");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "retry-cycle-without-job");
        Assert.False(warning.IsError);
        Assert.Equal("X", warning.ElementId);
    }

    [Fact]
    public void Parse_Listeners_ReadInDocumentOrder()
    {
        var result = Parse("""
            <bpmn:userTask id="T">
              <bpmn:extensionElements>
                <camunda:executionListener expression="${belopp > 0}" event="start" />
                <camunda:taskListener delegateExpression="${logg}" event="complete" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var listeners = Assert.Single(result.Document!.Processes).Node("T").Listeners;
        Assert.Equal([ListenerEvent.Start, ListenerEvent.Complete], listeners.Select(l => l.Event));
        Assert.Equal(("${belopp > 0}", null), (listeners[0].Expression, listeners[0].Handler));
        Assert.Equal((null, "logg"), (listeners[1].Expression, listeners[1].Handler));
    }
}
