namespace Samverkan.Workflows.Tests.Validation;

public sealed class StartEventRulesTests
{
    [Fact]
    public void Validate_NoStartEvent_Error()
    {
        var diagnostics = Validating.Run("""<bpmn:endEvent id="End" />""");

        diagnostics.AssertError("Process_1", "no start event");
    }

    [Fact]
    public void Validate_TwoNoneStartEvents_Error()
    {
        var diagnostics = Validating.Run("""<bpmn:startEvent id="S1" /><bpmn:startEvent id="S2" />""");

        diagnostics.AssertError("Process_1", "more than one none start event");
    }

    [Fact]
    public void Validate_NoneAndTimerStart_NoError()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="S1" />
                <bpmn:startEvent id="S2"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            """);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Validate_EmbeddedSubProcessWithoutStart_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="Start" />
                <bpmn:subProcess id="Sub"><bpmn:task id="Inner" /></bpmn:subProcess>
            """);

        diagnostics.AssertError("Sub", "exactly one start event without trigger");
    }

    [Fact]
    public void Validate_EventSubProcessWithNoneStart_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="Start" />
                <bpmn:subProcess id="Sub" triggeredByEvent="true"><bpmn:startEvent id="Inner" /></bpmn:subProcess>
            """);

        diagnostics.AssertError("Sub", "exactly one start event with a timer, message, signal, conditional, error or escalation trigger");
    }

    [Fact]
    public void Validate_EventSubProcessWithFlows_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="Sub" />
                <bpmn:subProcess id="Sub" triggeredByEvent="true">
                  <bpmn:startEvent id="Inner"><bpmn:errorEventDefinition /></bpmn:startEvent>
                </bpmn:subProcess>
            """);

        diagnostics.AssertError("Sub", "cannot have incoming or outgoing");
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("exactly one start event"));
    }
}
