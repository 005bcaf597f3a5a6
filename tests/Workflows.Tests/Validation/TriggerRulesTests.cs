namespace Samverkan.Workflows.Tests.Validation;

public sealed class TriggerRulesTests
{
    [Theory]
    [InlineData("""<bpmn:receiveTask id="X" />""", "receive task has no message")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>""", "message event has no message")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>""", "signal event has no signal")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>""", "timer has no value")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:timerEventDefinition><bpmn:timeDate> </bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "timer has no value")]
    public void Validate_TriggerWithoutTarget_Error(string element, string message)
    {
        var diagnostics = Validating.Run("""<bpmn:startEvent id="S" />""" + element);

        diagnostics.AssertError("X", message);
    }
}
