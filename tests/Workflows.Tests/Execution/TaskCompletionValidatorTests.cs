using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class TaskCompletionValidatorTests
{
    private const string Process =
        """<bpmn:startEvent id="s"/>""" +
        """<bpmn:userTask id="plan"><bpmn:extensionElements>""" +
        """<camunda:properties><camunda:property name="completionRuleSet" value="PlanComplete"/></camunda:properties>""" +
        """<camunda:formData><camunda:formField id="note" type="string" defaultValue="ingen"/></camunda:formData>""" +
        """</bpmn:extensionElements></bpmn:userTask>""" +
        """<bpmn:userTask id="next"/>""" +
        """<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="plan"/><bpmn:sequenceFlow id="f2" sourceRef="plan" targetRef="next"/>""";

    [Fact]
    public async Task CompleteTask_ValidatorRefuses_FormErrorsAndNothingChanges()
    {
        var validator = new RecordingValidator(c => c.Variables.TryGetValue("followUpDate", out var d) && d is not null ? [] : [new FieldError("FollowUp", "Planen saknar uppföljningsdatum.")]);
        var f = new EngineFixture(completionValidator: validator);
        await f.DeployAsync("p", Process);
        var instance = await f.Engine.StartAsync("p", variables: V(("kept", 1L)));
        var task = await f.SingleTaskAsync(instance.Id, "plan");

        var refused = await Assert.ThrowsAsync<FormValidationException>(() => f.Engine.CompleteTaskAsync(task.Id, V(("insatser", "x"))));

        Assert.Equal([new FieldError("FollowUp", "Planen saknar uppföljningsdatum.")], refused.Errors);
        Assert.Equal(UserTaskStatus.Open, (await f.Engine.GetTaskAsync(task.Id))!.Status);
        var variables = (await f.InstanceAsync(instance.Id)).Variables;
        Assert.False(variables.ContainsKey("insatser"));
        Assert.DoesNotContain(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.TaskCompleted);
    }

    [Fact]
    public async Task CompleteTask_ValidatorPasses_SeesVariablesAfterCompletionAndProperties()
    {
        var validator = new RecordingValidator(_ => []);
        var f = new EngineFixture(completionValidator: validator);
        await f.DeployAsync("p", Process);
        var instance = await f.Engine.StartAsync("p", variables: V(("kept", 1L), ("followUpDate", "old")));
        var task = await f.SingleTaskAsync(instance.Id, "plan");

        await f.Engine.CompleteTaskAsync(task.Id, V(("followUpDate", "2026-09-01")));

        var seen = Assert.Single(validator.Seen);
        Assert.Equal(task.Id, seen.Task.Id);
        Assert.Equal("PlanComplete", seen.Properties["completionRuleSet"]);
        Assert.Equal(1L, seen.Variables["kept"]);
        Assert.Equal("2026-09-01", seen.Variables["followUpDate"]);
        Assert.Equal("ingen", seen.Variables["note"]);
        Assert.Equal(f.Clock.GetUtcNow(), seen.Now);
        Assert.Equal("next", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task CompleteTask_NoProperties_ValidatorNotAsked()
    {
        var validator = new RecordingValidator(_ => [new FieldError("x", "never")]);
        var f = new EngineFixture(completionValidator: validator);
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>""");
        var instance = await f.Engine.StartAsync("p");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "t")).Id);

        Assert.Empty(validator.Seen);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    private sealed class RecordingValidator(Func<TaskCompletion, IReadOnlyList<FieldError>> check) : ITaskCompletionValidator
    {
        public List<TaskCompletion> Seen { get; } = [];

        public Task<IReadOnlyList<FieldError>> ValidateAsync(TaskCompletion completion, CancellationToken ct)
        {
            Seen.Add(completion);
            return Task.FromResult(check(completion));
        }
    }
}
