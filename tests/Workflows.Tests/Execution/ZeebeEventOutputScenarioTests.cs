using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Parsing;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// Camunda 8 zeebe:ioMapping on events: a catching event's outputs are evaluated when its event arrives (the message's
/// or signal's variables visible, and local to the event) and written to the enclosing scope; a message throw event,
/// which has a job, takes inputs as a send task does.
/// </summary>
public sealed class ZeebeEventOutputScenarioTests
{
    private const string Messages = """
          <bpmn:message id="Message_Application" name="ansokanInkommen" />
          <bpmn:message id="Message_Answer" name="svar">
            <bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements>
          </bpmn:message>
        """;

    [Fact]
    public async Task MessageStartEvent_WithOutputs_InstanceGetsOnlyTheOutputsOfThePayload()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("application", ModelerFile.Camunda8("application", """
                <bpmn:startEvent id="StartEvent_ApplicationReceived" name="Ansökan inkommen">
                  <bpmn:extensionElements>
                    <zeebe:ioMapping>
                      <zeebe:output source="=applicant.name" target="applicantName" />
                      <zeebe:output source="=amount * 2" target="doubled" />
                    </zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:outgoing>Flow_1</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="MessageEventDefinition_1" messageRef="Message_Application" />
                </bpmn:startEvent>
                <bpmn:userTask id="Review" name="Granska"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_ApplicationReceived" targetRef="Review" />
            """, Messages));

        var result = await f.Engine.CorrelateMessageAsync("ansokanInkommen", businessKey: "ä-1",
            variables: V(("applicant", V(("name", "Eva")) ), ("amount", 21L)));

        Assert.True(result.StartedInstance);
        var instance = await f.InstanceAsync(Assert.Single(result.InstanceIds));
        Assert.Equal(["Review"], instance.ActiveElementIds);
        Assert.Equal("Eva", instance.Variables["applicantName"]);
        Assert.Equal(42L, Convert.ToInt64(instance.Variables["doubled"]));
        // Camunda 8: with output mappings the message's variables stay with the start event.
        Assert.DoesNotContain("applicant", instance.Variables.Keys);
        Assert.DoesNotContain("amount", instance.Variables.Keys);
    }

    [Fact]
    public async Task MessageStartEvent_WithoutOutputs_PayloadStillBecomesProcessVariables()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("application", ModelerFile.Camunda8("application", """
                <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing><bpmn:messageEventDefinition id="Def_1" messageRef="Message_Application" /></bpmn:startEvent>
                <bpmn:userTask id="Review"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
            """, Messages));

        var result = await f.Engine.CorrelateMessageAsync("ansokanInkommen", variables: V(("amount", 21L)));

        Assert.Equal(21L, Convert.ToInt64((await f.InstanceAsync(Assert.Single(result.InstanceIds))).Variables["amount"]));
    }

    [Fact]
    public async Task IntermediateMessageCatch_WithOutputs_OutputsReachTheProcessPayloadStaysOnTheEvent()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("answer", ModelerFile.Camunda8("answer", """
                <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:intermediateCatchEvent id="Wait" name="Svar inkommet">
                  <bpmn:extensionElements>
                    <zeebe:ioMapping><zeebe:output source="=answer" target="decision" /></zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="Def_1" messageRef="Message_Answer" />
                </bpmn:intermediateCatchEvent>
                <bpmn:userTask id="Handle"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Wait" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Wait" targetRef="Handle" />
            """, Messages));
        var instance = await f.Engine.StartAsync("answer", variables: V(("caseId", "A-1")));

        await f.Engine.CorrelateMessageAsync("svar", variables: V(("answer", "ja"), ("note", "x")), correlationKey: "A-1");

        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(["Handle"], view.ActiveElementIds);
        Assert.Equal("ja", view.Variables["decision"]);
        Assert.DoesNotContain("answer", view.Variables.Keys);
        Assert.DoesNotContain("note", view.Variables.Keys);
    }

    [Fact]
    public async Task BoundaryMessageEvent_WithOutputs_OutputsSetAsTheTokenLeavesTheEvent()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("withdraw", ModelerFile.Camunda8("withdraw", """
                <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Review"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:userTask>
                <bpmn:boundaryEvent id="Withdrawn" name="Återkallad" attachedToRef="Review">
                  <bpmn:extensionElements>
                    <zeebe:ioMapping><zeebe:output source="=reason" target="withdrawReason" /></zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="Def_2" messageRef="Message_Answer" />
                </bpmn:boundaryEvent>
                <bpmn:userTask id="Close"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Withdrawn" targetRef="Close" />
            """, Messages));
        var instance = await f.Engine.StartAsync("withdraw", variables: V(("caseId", "A-1")));

        await f.Engine.CorrelateMessageAsync("svar", variables: V(("reason", "flyttat")), correlationKey: "A-1");

        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(["Close"], view.ActiveElementIds);
        Assert.Equal("flyttat", view.Variables["withdrawReason"]);
        Assert.DoesNotContain("reason", view.Variables.Keys);
    }

    [Fact]
    public async Task TimerCatch_ConstantOutput_SetWhenTheTimerFires()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("remind", ModelerFile.Camunda8("remind", """
                <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:intermediateCatchEvent id="Wait" name="En dag">
                  <bpmn:extensionElements>
                    <zeebe:ioMapping>
                      <zeebe:output source="=3" target="reminders" />
                      <zeebe:output source="påminnelse" target="kind" />
                    </zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="Def_1"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:userTask id="Remind"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Wait" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Wait" targetRef="Remind" />
            """));
        var instance = await f.Engine.StartAsync("remind");
        var before = await f.InstanceAsync(instance.Id);

        await f.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.DoesNotContain("reminders", before.Variables.Keys);
        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(["Remind"], view.ActiveElementIds);
        Assert.Equal(3L, Convert.ToInt64(view.Variables["reminders"]));
        Assert.Equal("påminnelse", view.Variables["kind"]);
    }

    [Fact]
    public async Task MessageThrowEvent_InputsAndOutputs_WorkerSeesTheInputsOutputsReachTheProcess()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("letter", ModelerFile.Camunda8("letter", """
                <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:intermediateThrowEvent id="SendLetter" name="Skicka brev">
                  <bpmn:extensionElements>
                    <zeebe:taskDefinition type="send-letter" />
                    <zeebe:ioMapping>
                      <zeebe:input source="=applicant.name" target="recipient" />
                      <zeebe:output source="=trackingId" target="letterId" />
                    </zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="Def_1" messageRef="Message_Application" />
                </bpmn:intermediateThrowEvent>
                <bpmn:userTask id="Wait"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="SendLetter" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="SendLetter" targetRef="Wait" />
            """, Messages));
        var instance = await f.Engine.StartAsync("letter", variables: V(("applicant", V(("name", "Eva")))));

        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["send-letter"], 5, TimeSpan.FromMinutes(1)));
        await f.Engine.CompleteExternalTaskAsync(job.Id, "worker", V(("trackingId", "T-9")));

        Assert.Equal("Eva", job.Variables["recipient"]);
        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(["Wait"], view.ActiveElementIds);
        Assert.Equal("T-9", view.Variables["letterId"]);
        Assert.DoesNotContain("recipient", view.Variables.Keys);
        Assert.DoesNotContain("trackingId", view.Variables.Keys);
    }

    [Fact]
    public void Parse_EventIoMapping_OutputsReadInputsOnACatchEventRefusedCamunda7InputOutputStillRefused()
    {
        var parser = new BpmnParser();
        var zeebe = parser.Parse(ModelerFile.Camunda8("p", """
                <bpmn:startEvent id="Received">
                  <bpmn:extensionElements>
                    <zeebe:ioMapping><zeebe:output source="=a" target="b" /></zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:outgoing>Flow_1</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="Def_1" messageRef="Message_Application" />
                </bpmn:startEvent>
                <bpmn:intermediateCatchEvent id="Wait">
                  <bpmn:extensionElements>
                    <zeebe:ioMapping><zeebe:input source="=caseId" target="id" /></zeebe:ioMapping>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming>
                  <bpmn:messageEventDefinition id="Def_2" messageRef="Message_Answer" />
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Received" targetRef="Wait" />
            """, Messages));
        var camunda7 = parser.Parse(ModelerFile.Camunda7("p", """
                <bpmn:startEvent id="Received">
                  <bpmn:extensionElements>
                    <camunda:inputOutput><camunda:outputParameter name="b">${a}</camunda:outputParameter></camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:startEvent>
            """));

        var start = zeebe.Document!.Processes[0].Node("Received");
        var output = Assert.Single(start.OutputParameters);
        Assert.Equal("b", output.Name);
        Assert.True(start.LocalResults);
        var refused = Assert.Single(zeebe.Diagnostics, d => d.IsError);
        Assert.Equal(("zeebe-event-input-not-executed", "Wait"), (refused.Code, refused.ElementId));
        Assert.Contains("intermediateCatchEvent 'Wait'", refused.Message, StringComparison.Ordinal);
        Assert.Empty(zeebe.Document.Processes[0].Node("Wait").InputParameters);
        var c7 = Assert.Single(camunda7.Diagnostics, d => d.IsError);
        Assert.Equal(("camunda-not-executed", "Received"), (c7.Code, c7.ElementId));
    }
}
