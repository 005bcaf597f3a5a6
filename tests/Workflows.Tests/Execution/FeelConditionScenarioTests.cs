using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Parsing;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>An exclusive gateway in a Camunda 8 file: the outgoing flows' FEEL conditions pick the branch (BPMN 2.0, 13.3.2: the first true one in order, else the default).</summary>
public sealed class FeelConditionScenarioTests
{
    // As Camunda Modeler 5 saves a Camunda 8 diagram: zeebe and modeler namespaces, execution platform, DI.
    private const string Camunda8Routing = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_0k3l2x1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
          <bpmn:process id="feel-routing" name="Routing" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1">
              <bpmn:outgoing>Flow_start</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:exclusiveGateway id="Gateway_route" name="Vilken väg?" default="Flow_other">
              <bpmn:incoming>Flow_start</bpmn:incoming>
              <bpmn:outgoing>Flow_urgent</bpmn:outgoing>
              <bpmn:outgoing>Flow_review</bpmn:outgoing>
              <bpmn:outgoing>Flow_closed</bpmn:outgoing>
              <bpmn:outgoing>Flow_other</bpmn:outgoing>
            </bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="Flow_start" sourceRef="StartEvent_1" targetRef="Gateway_route" />
            <bpmn:sequenceFlow id="Flow_urgent" name="brådskande" sourceRef="Gateway_route" targetRef="Event_urgent">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 100 and patient.age &gt;= 65 and not(contains(lower case(patient.name), "test"))</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_review" name="granska" sourceRef="Gateway_route" targetRef="Event_review">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">= amount between 1 and 100 or count(reasons) &gt;= 2</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_closed" name="avslutad" sourceRef="Gateway_route" targetRef="Event_closed">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="https://www.omg.org/spec/DMN/20191111/FEEL/">status in ["avslutad", "återkallad"]</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_other" sourceRef="Gateway_route" targetRef="Event_other" />
            <bpmn:endEvent id="Event_urgent">
              <bpmn:incoming>Flow_urgent</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:endEvent id="Event_review">
              <bpmn:incoming>Flow_review</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:endEvent id="Event_closed">
              <bpmn:incoming>Flow_closed</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:endEvent id="Event_other">
              <bpmn:incoming>Flow_other</bpmn:incoming>
            </bpmn:endEvent>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="feel-routing">
              <bpmndi:BPMNShape id="_BPMNShape_StartEvent_2" bpmnElement="StartEvent_1">
                <dc:Bounds x="179" y="159" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Gateway_route_di" bpmnElement="Gateway_route" isMarkerVisible="true">
                <dc:Bounds x="265" y="152" width="50" height="50" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Event_urgent_di" bpmnElement="Event_urgent">
                <dc:Bounds x="402" y="52" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Event_review_di" bpmnElement="Event_review">
                <dc:Bounds x="402" y="159" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Event_closed_di" bpmnElement="Event_closed">
                <dc:Bounds x="402" y="262" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Event_other_di" bpmnElement="Event_other">
                <dc:Bounds x="402" y="362" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_start_di" bpmnElement="Flow_start">
                <di:waypoint x="215" y="177" />
                <di:waypoint x="265" y="177" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_urgent_di" bpmnElement="Flow_urgent">
                <di:waypoint x="290" y="152" />
                <di:waypoint x="290" y="70" />
                <di:waypoint x="402" y="70" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_review_di" bpmnElement="Flow_review">
                <di:waypoint x="315" y="177" />
                <di:waypoint x="402" y="177" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_closed_di" bpmnElement="Flow_closed">
                <di:waypoint x="290" y="202" />
                <di:waypoint x="290" y="280" />
                <di:waypoint x="402" y="280" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_other_di" bpmnElement="Flow_other">
                <di:waypoint x="290" y="202" />
                <di:waypoint x="290" y="380" />
                <di:waypoint x="402" y="380" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Theory]
    [InlineData(150L, 70L, "Karin Lund", "öppen", 0, "Event_urgent")]
    [InlineData(150L, 70L, "Test Testsson", "öppen", 0, "Event_other")]
    [InlineData(150L, 40L, "Karin Lund", "öppen", 0, "Event_other")]
    [InlineData(100L, 40L, "Karin Lund", "öppen", 0, "Event_review")]
    [InlineData(0L, 40L, "Karin Lund", "öppen", 2, "Event_review")]
    [InlineData(0L, 40L, "Karin Lund", "återkallad", 0, "Event_closed")]
    [InlineData(500L, 40L, "Karin Lund", "avslutad", 1, "Event_closed")]
    public async Task ExclusiveGateway_FeelConditions_TakeTheFirstTrueBranchOrTheDefault(
        long amount, long age, string name, string status, int reasonCount, string expectedEnd)
    {
        // Arrange
        var f = new EngineFixture();
        await f.DeployXmlAsync("feel-routing", Camunda8Routing);
        var variables = V(
            ("amount", amount),
            ("patient", V(("age", age), ("name", name))),
            ("status", status),
            ("reasons", Enumerable.Range(0, reasonCount).Select(i => (object?)$"skäl {i}").ToList()));

        // Act
        var instance = await f.Engine.StartAsync("feel-routing", variables: variables);

        // Assert
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        var ends = (await f.Engine.GetHistoryAsync(instance.Id))
            .Where(h => h.Type == HistoryTypes.ElementCompleted && h.ElementId!.StartsWith("Event_", StringComparison.Ordinal))
            .Select(h => h.ElementId);
        Assert.Equal([expectedEnd], ends);
    }

    [Fact]
    public void Parse_FeelCondition_IsTranslatedToAnExpression()
    {
        var result = new BpmnParser().Parse(Camunda8Routing);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var flow = result.Document!.Processes.Single().Flow("Flow_closed");
        Assert.Equal("${((status == \"avslutad\") || (status == \"återkallad\"))}", flow.Condition);
    }

    [Theory]
    [InlineData("""<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=for x in items return x</bpmn:conditionExpression>""",
        "the FEEL condition cannot be used: FEEL 'for ... in ... return' at position 2 is not supported")]
    [InlineData("""<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">amount &gt;</bpmn:conditionExpression>""",
        "the FEEL condition cannot be used: FEEL syntax error at position 9 in 'amount >': an expression is expected at the end")]
    [InlineData("""<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">={a: 1}.a = 1</bpmn:conditionExpression>""",
        "the FEEL condition cannot be used: FEEL context literal '{...}' at position 2 is not supported")]
    public void Parse_BadFeelCondition_ErrorOnTheSequenceFlow(string condition, string message)
    {
        var xml = Camunda8Routing.Replace(
            """<bpmn:sequenceFlow id="Flow_other" sourceRef="Gateway_route" targetRef="Event_other" />""",
            $"""<bpmn:sequenceFlow id="Flow_other" sourceRef="Gateway_route" targetRef="Event_other">{condition}</bpmn:sequenceFlow>""",
            StringComparison.Ordinal);

        var result = new BpmnParser().Parse(xml);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("Flow_other", error.ElementId);
        Assert.Equal("feel-condition-invalid", error.Code);
        Assert.StartsWith(message, error.Message);
        Assert.StartsWith("FEEL-villkoret kan inte användas: ", error.Swedish);
    }
}
