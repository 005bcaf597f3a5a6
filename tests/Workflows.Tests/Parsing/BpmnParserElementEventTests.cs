using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Tests.Execution;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>Link, conditional and signal start events as Camunda Modeler 5 writes them read into their triggers.</summary>
public sealed class BpmnParserElementEventTests
{
    private const string Body = """
        <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing><bpmn:signalEventDefinition id="SignalDef_1" signalRef="Signal_1" /></bpmn:startEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Event_Villkor" />
        <bpmn:intermediateCatchEvent id="Event_Villkor"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
          <bpmn:conditionalEventDefinition id="CondDef_1" camunda:variableName="status" camunda:variableEvents="create, delete">
            <bpmn:condition xsi:type="bpmn:tFormalExpression">${status == "klar"}</bpmn:condition>
          </bpmn:conditionalEventDefinition>
        </bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Event_Villkor" targetRef="Event_Till" />
        <bpmn:intermediateThrowEvent id="Event_Till"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:linkEventDefinition id="LinkDef_1" name="Vidare" /></bpmn:intermediateThrowEvent>
        <bpmn:intermediateCatchEvent id="Event_Fran"><bpmn:outgoing>Flow_3</bpmn:outgoing><bpmn:linkEventDefinition id="LinkDef_2" name="Vidare" /></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="Flow_3" sourceRef="Event_Fran" targetRef="Event_Slut" />
        <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
        """;

    [Fact]
    public void Parse_ModelerFile_TriggersReadAndCamundaAttributesConsumedWithoutDiagnostics()
    {
        var result = new BpmnParser().Parse(ModelerFile.Camunda7("p", Body, """<bpmn:signal id="Signal_1" name="larm" />"""));

        Assert.Empty(result.Diagnostics);
        var process = Assert.Single(result.Document!.Processes);
        Assert.Equal(new SignalTrigger("larm"), ((StartEvent)process.Node("StartEvent_1")).Trigger);
        Assert.Equal(new ConditionalTrigger("${status == \"klar\"}", "status", VariableEvents.Create | VariableEvents.Delete),
            ((IntermediateCatchEvent)process.Node("Event_Villkor")).Trigger);
        Assert.Equal(new LinkTrigger("Vidare"), ((IntermediateThrowEvent)process.Node("Event_Till")).Trigger);
        Assert.Equal(new LinkTrigger("Vidare"), ((IntermediateCatchEvent)process.Node("Event_Fran")).Trigger);
    }
}
