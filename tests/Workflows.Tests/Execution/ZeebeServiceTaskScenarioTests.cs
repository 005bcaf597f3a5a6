using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Camunda 8 service tasks and message throw events: jobs fetched by their zeebe:taskDefinition type.</summary>
public sealed class ZeebeServiceTaskScenarioTests
{
    private const string CheckIncome = """
        <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:serviceTask id="CheckIncome" name="Kontrollera inkomst">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="check-income" retries="5" />
            <zeebe:ioMapping>
              <zeebe:input source="=applicant.personId" target="personId" />
              <zeebe:output source="=score" target="incomeScore" />
            </zeebe:ioMapping>
          </bpmn:extensionElements>
          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
        </bpmn:serviceTask>
        <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="CheckIncome" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="CheckIncome" targetRef="EndEvent_1" />
        """;

    [Fact]
    public async Task ServiceTask_TaskDefinitionType_FetchedAsTopicWithItsRetriesAndInputs()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("income", ModelerFile.Camunda8("income", CheckIncome));
        var instance = await f.Engine.StartAsync("income", variables: V(("applicant", V(("personId", "p-17")))));

        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["check-income"], 5, TimeSpan.FromMinutes(1)));

        Assert.Equal("CheckIncome", job.ElementId);
        Assert.Equal(5, job.Retries);
        Assert.Equal("p-17", job.Variables["personId"]);
        Assert.Equal(["CheckIncome"], (await f.InstanceAsync(instance.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task ServiceTask_Completed_OutputMappingSetAndInstanceEnds()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("income", ModelerFile.Camunda8("income", CheckIncome));
        var instance = await f.Engine.StartAsync("income", variables: V(("applicant", V(("personId", "p-17")))));
        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["check-income"], 5, TimeSpan.FromMinutes(1)));

        await f.Engine.CompleteExternalTaskAsync(job.Id, "worker", V(("score", 7L)));

        var done = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(7L, done.Variables["incomeScore"]);
        Assert.DoesNotContain("personId", done.Variables.Keys);
        // Camunda 8: with output mappings the job's own variables stay with the task.
        Assert.DoesNotContain("score", done.Variables.Keys);
    }

    [Fact]
    public async Task ServiceTask_NestedInputTargets_WorkerSeesOneObject()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("mail", ModelerFile.Camunda8("mail", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:serviceTask id="SendMail">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="mail" />
                <zeebe:ioMapping>
                  <zeebe:input source="noreply@kommun.se" target="from.email" />
                  <zeebe:input source="= applicant.name" target="to.name" />
                  <zeebe:input source="= corporation" target="from.name" />
                </zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="SendMail" />
            """));
        await f.Engine.StartAsync("mail", variables: V(("applicant", V(("name", "Anna"))), ("corporation", "Kommunen")));

        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["mail"], 5, TimeSpan.FromMinutes(1)));

        var from = Assert.IsType<Dictionary<string, object?>>(job.Variables["from"]);
        Assert.Equal(("noreply@kommun.se", "Kommunen"), (from["email"], from["name"]));
        Assert.Equal("Anna", Assert.IsType<Dictionary<string, object?>>(job.Variables["to"])["name"]);
    }

    [Fact]
    public async Task MessageEndEvent_SendsThroughExternalTaskPort_InstanceEndsWhenTheJobCompletes()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("decision", ModelerFile.Camunda8("decision", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:endEvent id="SendDecision" name="Beslut skickat">
              <bpmn:extensionElements><zeebe:taskDefinition type="send-decision" /></bpmn:extensionElements>
              <bpmn:messageEventDefinition id="MessageEventDefinition_1" messageRef="Message_1" />
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="SendDecision" />
            """, """<bpmn:message id="Message_1" name="beslut" />"""));
        var instance = await f.Engine.StartAsync("decision");
        var waiting = await f.InstanceAsync(instance.Id);

        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["send-decision"], 5, TimeSpan.FromMinutes(1)));
        await f.Engine.CompleteExternalTaskAsync(job.Id, "worker");

        Assert.Equal(InstanceStatus.Active, waiting.Status);
        Assert.Equal(["SendDecision"], waiting.ActiveElementIds);
        Assert.Equal("SendDecision", job.ElementId);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task MessageThrowEvent_Camunda7Handler_RunsThenContinues()
    {
        var handler = new LetterHandler();
        var f = new EngineFixture(handlers: [handler]);
        await f.DeployXmlAsync("letter", Modeler("letter", """
            <bpmn:startEvent id="Start" />
            <bpmn:intermediateThrowEvent id="SendLetter" camunda:delegateExpression="${letters}">
              <bpmn:messageEventDefinition id="Def_1" messageRef="Message_1" />
            </bpmn:intermediateThrowEvent>
            <bpmn:userTask id="Wait" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="SendLetter" />
            <bpmn:sequenceFlow id="f2" sourceRef="SendLetter" targetRef="Wait" />
            """, """<bpmn:message id="Message_1" name="brev" />"""));
        var instance = await f.Engine.StartAsync("letter");
        var before = (await f.InstanceAsync(instance.Id)).ActiveElementIds;

        await f.Engine.RunDueJobsAsync();

        Assert.Equal(["SendLetter"], before);
        Assert.Equal(["SendLetter"], handler.Elements);
        Assert.Equal("Wait", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal("sent", (await f.InstanceAsync(instance.Id)).Variables["letter"]);
    }

    [Fact]
    public async Task MessageEndEvent_WithoutImplementation_RefusedAtDeployment()
    {
        var f = new EngineFixture();

        var result = await f.Engine.DeployAsync(ModelerFile.Camunda8("p", """
            <bpmn:startEvent id="s" /><bpmn:endEvent id="Send"><bpmn:messageEventDefinition messageRef="m" /></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="Send" />
            """, """<bpmn:message id="m" name="x" />"""));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ElementId == "Send" && d.Message.Contains("add zeebe:taskDefinition type", StringComparison.Ordinal));
    }

    private sealed class LetterHandler : IServiceTaskHandler
    {
        public List<string> Elements { get; } = [];
        public string Name => "letters";

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            Elements.Add(context.ElementId);
            return Task.FromResult<IReadOnlyDictionary<string, object?>?>(V(("letter", "sent")));
        }
    }
}
