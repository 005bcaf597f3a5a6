using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>Whatever the engine would not execute is reported, never silently dropped.</summary>
public sealed class BpmnParserUnsupportedTests
{
    private readonly BpmnParser _parser = new();

    [Theory]
    [InlineData("""<bpmn:scriptTask id="X" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>""", "scriptTask 'X' has a javascript script, which Samverkan does not run: make it a service task with camunda:type=\"external\" and a topic, and let a worker run the script")]
    [InlineData("""<bpmn:complexGateway id="X" />""", "complexGateway is not executed")]
    [InlineData("""<bpmn:adHocSubProcess id="X" />""", "adHocSubProcess is not executed")]
    [InlineData("""<bpmn:serviceTask id="X" camunda:class="org.example.Bean" />""", "camunda:class is not executed")]
    [InlineData("""<bpmn:serviceTask id="X" camunda:expression="${bean.run()}" />""", "camunda:expression is not executed")]
    [InlineData("""<bpmn:serviceTask id="X" camunda:delegateExpression="${beans.get('x')}" />""", "must have the form")]
    [InlineData("""<bpmn:serviceTask id="X"><bpmn:extensionElements><camunda:connector><camunda:connectorId>http</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>""", "camunda:connector is not executed")]
    [InlineData("""<bpmn:serviceTask id="X" camunda:type="external" camunda:topic="t"><bpmn:extensionElements><camunda:field name="a" /></bpmn:extensionElements></bpmn:serviceTask>""", "camunda:field is not executed")]
    [InlineData("""<bpmn:serviceTask id="X" />""", "has no implementation")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:executionListener class="a.B" event="start" /></bpmn:extensionElements></bpmn:task>""", "camunda:executionListener event=\"start\" names the Java class 'a.B', which Samverkan cannot run")]
    [InlineData("""<bpmn:userTask id="X"><bpmn:extensionElements><camunda:taskListener class="a.B" event="create" /></bpmn:extensionElements></bpmn:userTask>""", "camunda:taskListener event=\"create\" names the Java class 'a.B', which Samverkan cannot run")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter /></camunda:inputOutput></bpmn:extensionElements></bpmn:task>""", "a camunda:outputParameter has no name")]
    [InlineData("""<bpmn:endEvent id="X"><bpmn:messageEventDefinition /></bpmn:endEvent>""", "sends a message but has no implementation: add zeebe:taskDefinition")]
    [InlineData("""<bpmn:endEvent id="X"><bpmn:extensionElements><camunda:inputOutput /></bpmn:extensionElements></bpmn:endEvent>""", "camunda:inputOutput is not executed")]
    [InlineData("""<bpmn:task id="X"><bpmn:standardLoopCharacteristics /></bpmn:task>""", "standardLoopCharacteristics is not executed")]
    [InlineData("""<bpmn:intermediateThrowEvent id="X"><bpmn:cancelEventDefinition /></bpmn:intermediateThrowEvent>""", "a cancel intermediateThrowEvent is not supported")]
    [InlineData("""<bpmn:startEvent id="X"><bpmn:errorEventDefinition /></bpmn:startEvent>""", "a error startEvent is not supported")]
    [InlineData("""<bpmn:callActivity id="X" calledElement="a" camunda:calledElementBinding="deployment" />""", "calledElementBinding=\"deployment\" is not supported")]
    [InlineData("""<bpmn:sequenceFlow id="X" sourceRef="a" targetRef="b"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">a</bpmn:conditionExpression></bpmn:sequenceFlow>""", "condition language 'javascript' is not supported")]
    [InlineData("""<bpmn:fancyTask id="X" />""", "unknown BPMN element 'fancyTask'")]
    public void Parse_NotExecutedElement_ErrorWithIdAndLine(string element, string message)
    {
        var result = _parser.Parse(BpmnXml.Definitions(element));

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Message.Contains(message));
        Assert.Equal("X", error.ElementId);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Parse_NotExecutedElement_ListedOnDocument()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""<bpmn:scriptTask id="X" />"""));

        var unsupported = Assert.Single(result.Document!.Unsupported);
        Assert.Equal("X", unsupported.ElementId);
    }

    [Theory]
    [InlineData("""<bpmn:task id="X" camunda:taskPriority="3" />""", "camunda:taskPriority is ignored")]
    [InlineData("""<bpmn:task id="X" camunda:jobPriority="3" />""", "camunda:jobPriority is ignored")]
    [InlineData("""<bpmn:task id="X" camunda:somethingNew="1" />""", "unknown attribute camunda:somethingNew")]
    [InlineData("""<bpmn:task id="X"><bpmn:dataInputAssociation /></bpmn:task>""", "dataInputAssociation is ignored")]
    [InlineData("""<bpmn:dataObjectReference id="X" />""", "dataObjectReference is ignored")]
    [InlineData("""<bpmn:dataStoreReference id="X" />""", "dataStoreReference is ignored")]
    public void Parse_IgnoredSetting_WarningOnly(string element, string message)
    {
        var result = _parser.Parse(BpmnXml.Definitions(element));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains(message));
        Assert.Equal("X", warning.ElementId);
    }

    [Fact]
    public void Parse_ModelerBookkeeping_Silent()
    {
        var xml = BpmnXml.Definitions("""
                <bpmn:documentation>Om processen</bpmn:documentation>
                <bpmn:laneSet id="LaneSet_1"><bpmn:lane id="Lane_1"><bpmn:flowNodeRef>Start</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                <bpmn:startEvent id="Start" />
                <bpmn:textAnnotation id="Note"><bpmn:text>Obs</bpmn:text></bpmn:textAnnotation>
                <bpmn:association id="Assoc" sourceRef="Start" targetRef="Note" />
                <bpmn:group id="Group_1" categoryValueRef="CV" />
            """,
            """
            <bpmn:collaboration id="Collab"><bpmn:participant id="P" processRef="Process_1" /></bpmn:collaboration>
            <bpmn:category id="Cat"><bpmn:categoryValue id="CV" value="Grupp" /></bpmn:category>
            """,
            "camunda:historyTimeToLive=\"180\" camunda:isStartableInTasklist=\"false\"");

        var result = _parser.Parse(xml);

        Assert.Empty(result.Diagnostics);
    }
}
