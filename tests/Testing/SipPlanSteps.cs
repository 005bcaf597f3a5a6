namespace Samverkan.Testing;

/// <summary>
/// A process with the key and the plan steps (element ids) of workflows/sip.bpmn and nothing else: completing
/// <c>establishPlan</c> and <c>followUp</c> saves a version of the case's plan, as in the real SIP.
/// </summary>
public static class SipPlanSteps
{
    public const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="sip" name="SIP" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="establishPlan" />
            <bpmn:userTask id="establishPlan" name="Upprätta SIP" />
            <bpmn:sequenceFlow id="f2" sourceRef="establishPlan" targetRef="followUp" />
            <bpmn:userTask id="followUp" name="Följ upp SIP" />
            <bpmn:sequenceFlow id="f3" sourceRef="followUp" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
