using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Camunda 8 user tasks: assignment, candidates, schedule and priority, and their io mappings.</summary>
public sealed class ZeebeUserTaskScenarioTests
{
    private static string Process(string extensions) => ModelerFile.Camunda8("review", $"""
        <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Review" name="Granska ansökan">
          <bpmn:extensionElements>
            <zeebe:userTask />
            {extensions}
          </bpmn:extensionElements>
          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
        </bpmn:userTask>
        <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Review" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Review" targetRef="EndEvent_1" />
        """);

    [Fact]
    public async Task UserTask_AssignmentScheduleAndPriority_OnTheTask()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("review", Process("""
            <zeebe:assignmentDefinition assignee="=owner" candidateGroups="handlaggare,chefer" candidateUsers="bertil" />
            <zeebe:taskSchedule dueDate="2026-03-09T16:00:00Z" followUpDate="=followUp" />
            <zeebe:priorityDefinition priority="80" />
            """));

        var instance = await f.Engine.StartAsync("review", variables: V(("owner", "anna"), ("followUp", "2026-03-05T08:00:00Z")));

        var task = await f.SingleTaskAsync(instance.Id, "Review");
        Assert.Equal("anna", task.Assignee);
        Assert.Equal(["handlaggare", "chefer"], task.CandidateGroupList);
        Assert.Equal(["bertil"], task.CandidateUserList);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 16, 0, 0, TimeSpan.Zero), task.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.Zero), task.FollowUpAt);
        Assert.Equal(80, task.Priority);
    }

    [Fact]
    public async Task UserTask_IoMapping_InputsLocalOutputsToTheProcess()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("review", Process("""
            <zeebe:assignmentDefinition candidateGroups="=team" />
            <zeebe:ioMapping>
              <zeebe:input source="=applicant.group" target="team" />
              <zeebe:output source="=decision" target="reviewDecision" />
              <zeebe:output source="=if decision = &quot;approved&quot; then &quot;Bifall&quot; else &quot;Avslag&quot;" target="outcome" />
            </zeebe:ioMapping>
            """));
        var instance = await f.Engine.StartAsync("review", variables: V(("applicant", V(("group", "socialtjanst")))));
        var task = await f.SingleTaskAsync(instance.Id, "Review");

        await f.Engine.CompleteTaskAsync(task.Id, V(("decision", "approved")));

        var done = await f.InstanceAsync(instance.Id);
        Assert.Equal(["socialtjanst"], task.CandidateGroupList);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("approved", done.Variables["reviewDecision"]);
        Assert.Equal("Bifall", done.Variables["outcome"]);
        Assert.DoesNotContain("team", done.Variables.Keys);
        Assert.DoesNotContain("decision", done.Variables.Keys);
    }

    [Fact]
    public async Task UserTask_EmbeddedForm_InboxGetsItsFields()
    {
        var f = new EngineFixture();
        const string form = """{"components":[{"label":"Beslut","type":"select","key":"decision","values":[{"label":"Bifall","value":"yes"}],"validate":{"required":true}}],"type":"default"}""";
        var xml = Process("""<zeebe:formDefinition formKey="camunda-forms:bpmn:userTaskForm_1" />""")
            .Replace("<bpmn:startEvent", $"""<bpmn:extensionElements><zeebe:userTaskForm id="userTaskForm_1">{System.Security.SecurityElement.Escape(form)}</zeebe:userTaskForm></bpmn:extensionElements><bpmn:startEvent""", StringComparison.Ordinal);
        await f.DeployXmlAsync("review", xml);
        var instance = await f.Engine.StartAsync("review");
        var task = await f.SingleTaskAsync(instance.Id, "Review");

        var field = Assert.Single(await f.Engine.GetTaskFormAsync(task));

        Assert.Equal(("decision", "Beslut", "enum", true), (field.Id, field.Label, field.Type, field.Required));
        Assert.Equal("camunda-forms:bpmn:userTaskForm_1", task.FormKey);
    }
}
