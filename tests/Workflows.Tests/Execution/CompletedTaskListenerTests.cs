using Microsoft.Extensions.Time.Testing;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A listener hears each completed task with its instance's variables as that completion left them, so a queue that
/// reaches it later (a SIP plan version) does not read what the next step has written since.
/// </summary>
public sealed class CompletedTaskListenerTests
{
    private sealed class Recorder : IEngineListener
    {
        public List<CompletedTask> Completed { get; } = [];
        public void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed) { }
        public void IncidentsCreated(IReadOnlyList<IncidentView> incidents) { }
        public void TasksCompleted(IReadOnlyList<CompletedTask> completed) => Completed.AddRange(completed);
    }

    [Fact]
    public async Task TwoStepsCompletedOneAfterTheOther_EachIsHeardWithTheVariablesOfItsOwnCompletion()
    {
        var recorder = new Recorder();
        var engine = new ProcessEngine(new InMemoryWorkflowStore(), new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)),
            listeners: [recorder]);
        await engine.DeployAsync(Wrap("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="establish"/><bpmn:userTask id="followUp"/><bpmn:endEvent id="e"/>""" +
            Flow("f1", "s", "establish") + Flow("f2", "establish", "followUp") + Flow("f3", "followUp", "e")));
        var instance = await engine.StartAsync("p");

        foreach (var (step, date) in new[] { ("establish", "2026-12-01"), ("followUp", "2027-01-15") })
        {
            var task = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id, Status = UserTaskStatus.Open })).Items.Single();
            Assert.Equal(step, task.ElementId);
            await engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["followUpDate"] = date });
        }

        Assert.Equal(["establish", "followUp"], recorder.Completed.Select(c => c.Task.ElementId));
        Assert.All(recorder.Completed, c => Assert.Equal(UserTaskStatus.Completed, c.Task.Status));
        Assert.Equal("2026-12-01", recorder.Completed[0].Variables["followUpDate"]);
        Assert.Equal("2027-01-15", recorder.Completed[1].Variables["followUpDate"]);
    }
}
