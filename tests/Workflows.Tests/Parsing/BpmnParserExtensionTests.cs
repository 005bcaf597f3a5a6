using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>camunda:properties on user tasks and camunda:inputOutput input parameters on activities.</summary>
public sealed class BpmnParserExtensionTests
{
    private readonly BpmnParser _parser = new();

    [Fact]
    public void Parse_UserTaskProperties_KeptByName()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""
                <bpmn:userTask id="Plan">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="completionRuleSet" value=" SipPlanComplete " />
                      <camunda:property name="colour" value="blue" />
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
            """));

        var task = (UserTask)result.Document!.Processes[0].Node("Plan");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal("SipPlanComplete", task.Properties["completionRuleSet"]);
        Assert.Equal("blue", task.Properties["colour"]);
    }

    [Theory]
    [InlineData("""<camunda:property value="x" />""", "has no name")]
    [InlineData("""<camunda:property name="a" value="1" /><camunda:property name="a" value="2" />""", "'a' is given more than once")]
    public void Parse_BadProperty_ErrorOnTask(string properties, string message)
    {
        var result = _parser.Parse(BpmnXml.Definitions($"""
                <bpmn:userTask id="Plan"><bpmn:extensionElements><camunda:properties>{properties}</camunda:properties></bpmn:extensionElements></bpmn:userTask>
            """));

        Assert.Single(result.Diagnostics, d => d.IsError && d.ElementId == "Plan" && d.Message.Contains(message));
    }

    [Fact]
    public void Parse_FormFieldProperties_KeptByIdOrName()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""
                <bpmn:userTask id="Plan">
                  <bpmn:extensionElements>
                    <camunda:formData>
                      <camunda:formField id="place" type="string">
                        <camunda:properties>
                          <camunda:property id="personalData" value=" false " />
                          <camunda:property name="hint" value="Lokal" />
                        </camunda:properties>
                      </camunda:formField>
                      <camunda:formField id="note" type="string" />
                    </camunda:formData>
                  </bpmn:extensionElements>
                </bpmn:userTask>
            """));

        var fields = ((UserTask)result.Document!.Processes[0].Node("Plan")).FormFields;
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal("false", fields[0].Properties["personalData"]);
        Assert.Equal("Lokal", fields[0].Properties["hint"]);
        Assert.Empty(fields[1].Properties);
    }

    [Theory]
    [InlineData("""<camunda:property value="x" />""", "has no id")]
    [InlineData("""<camunda:property id="a" value="1" /><camunda:property id="a" value="2" />""", "'a' is given more than once")]
    public void Parse_BadFormFieldProperty_ErrorOnTask(string properties, string message)
    {
        var result = _parser.Parse(BpmnXml.Definitions($"""
                <bpmn:userTask id="Plan"><bpmn:extensionElements><camunda:formData><camunda:formField id="f" type="string">
                <camunda:properties>{properties}</camunda:properties></camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask>
            """));

        Assert.Single(result.Diagnostics, d => d.IsError && d.ElementId == "Plan" && d.Message.Contains(message));
    }

    [Fact]
    public void Parse_InputParameters_TextListAndMapInOrder()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""
                <bpmn:serviceTask id="Tell" camunda:delegateExpression="${notify}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="notifyKind">Reminder</camunda:inputParameter>
                      <camunda:inputParameter name="notifyTo">
                        <camunda:list>
                          <camunda:value>group:sip-samordnare</camunda:value>
                          <camunda:value>${owner}</camunda:value>
                        </camunda:list>
                      </camunda:inputParameter>
                      <camunda:inputParameter name="meeting">
                        <camunda:map>
                          <camunda:entry key="start">${meetingStart}</camunda:entry>
                          <camunda:entry key="subject">SIP-möte</camunda:entry>
                        </camunda:map>
                      </camunda:inputParameter>
                      <camunda:inputParameter name="empty" />
                    </camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
            """));

        var task = (ServiceTask)result.Document!.Processes[0].Node("Tell");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(["notifyKind", "notifyTo", "meeting", "empty"], task.InputParameters.Select(p => p.Name));
        Assert.Equal(new TextParameterValue("Reminder"), task.InputParameters[0].Value);
        var list = Assert.IsType<ListParameterValue>(task.InputParameters[1].Value);
        Assert.Equal([new TextParameterValue("group:sip-samordnare"), new TextParameterValue("${owner}")], list.Items);
        var map = Assert.IsType<MapParameterValue>(task.InputParameters[2].Value);
        Assert.Equal(["start", "subject"], map.Entries.Select(e => e.Key));
        Assert.Equal(new TextParameterValue(null), task.InputParameters[3].Value);
        Assert.True(task.InputParameters[0].Line > 0);
    }

    [Theory]
    [InlineData("""<camunda:outputParameter name="x">${y}</camunda:outputParameter><camunda:outputParameter name="x">1</camunda:outputParameter>""", "output parameter 'x' is given more than once")]
    [InlineData("""<camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter>""", "the groovy script in camunda:inputParameter 'x' of 'Work' is not run by Samverkan")]
    [InlineData("""<camunda:inputParameter>1</camunda:inputParameter>""", "has no name")]
    [InlineData("""<camunda:inputParameter name="x">1</camunda:inputParameter><camunda:inputParameter name="x">2</camunda:inputParameter>""", "'x' is given more than once")]
    [InlineData("""<camunda:inputParameter name="x"><camunda:map><camunda:entry>1</camunda:entry></camunda:map></camunda:inputParameter>""", "has no key")]
    public void Parse_BadInputOutput_ErrorOnActivity(string parameters, string message)
    {
        var result = _parser.Parse(BpmnXml.Definitions($"""
                <bpmn:userTask id="Work"><bpmn:extensionElements><camunda:inputOutput>{parameters}</camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>
            """));

        Assert.Single(result.Diagnostics, d => d.IsError && d.ElementId == "Work" && d.Message.Contains(message));
    }

    [Fact]
    public void Parse_InputOutputOnEvent_NotExecuted()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""
                <bpmn:intermediateThrowEvent id="Throw"><bpmn:extensionElements><camunda:inputOutput /></bpmn:extensionElements></bpmn:intermediateThrowEvent>
            """));

        Assert.Single(result.Diagnostics, d => d.IsError && d.ElementId == "Throw" && d.Message.Contains("camunda:inputOutput is not executed"));
    }
}
