using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Execution;
using static Samverkan.Workflows.Telemetry.WorkflowsTelemetry;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Telemetry;

/// <summary>The engine's instruments, read through a meter factory of the test's own so that no other test's engine counts.</summary>
public sealed class EngineMetricsTests : IDisposable
{
    private const string UserTask = """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:endEvent id="e"/>""";

    private readonly TestMeterFactory _meters = new();
    private readonly InMemoryWorkflowStore _database = new();
    private readonly InterleavingStore _view;
    private readonly EngineFixture _f;

    public EngineMetricsTests()
    {
        _view = new InterleavingStore(_database);
        _f = new EngineFixture(_view, meters: _meters);
    }

    private MetricCollector<T> Collect<T>(string instrument) where T : struct => new(_meters, MeterName, instrument);

    private static long Sum(MetricCollector<long> collector, string processKey) =>
        collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags[ProcessKeyTag], processKey)).Sum(m => m.Value);

    [Fact]
    public async Task StartAsync_ProcessWithUserTask_CountsInstanceStartedAndTaskCreated()
    {
        await _f.DeployAsync("p", UserTask + Flow("f1", "s", "t") + Flow("f2", "t", "e"));
        using var started = Collect<long>(InstancesStarted);
        using var created = Collect<long>(TasksCreated);

        await _f.Engine.StartAsync("p");
        await _f.Engine.StartAsync("p");

        Assert.Equal(2, Sum(started, "p"));
        Assert.Equal(2, Sum(created, "p"));
    }

    [Fact]
    public async Task CompleteTaskAsync_LastStep_CountsTaskAndInstanceCompleted()
    {
        await _f.DeployAsync("p", UserTask + Flow("f1", "s", "t") + Flow("f2", "t", "e"));
        var instance = await _f.Engine.StartAsync("p");
        using var tasks = Collect<long>(TasksCompleted);
        using var instances = Collect<long>(InstancesCompleted);
        using var cancelled = Collect<long>(InstancesCancelled);

        await _f.Engine.CompleteTaskAsync((await _f.SingleTaskAsync(instance.Id, "t")).Id);

        Assert.Equal(1, Sum(tasks, "p"));
        Assert.Equal(1, Sum(instances, "p"));
        Assert.Empty(cancelled.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task CompleteTaskAsync_OtherNodeCommitsFirst_CountsOneConflictRetriedAndTheCompletionOnce()
    {
        await _f.DeployAsync("p", UserTask + Flow("f1", "s", "t") + Flow("f2", "t", "e"));
        var instance = await _f.Engine.StartAsync("p");
        var task = await _f.SingleTaskAsync(instance.Id, "t");
        var otherNode = new EngineFixture(_database, clock: _f.Clock);
        _view.BeforeCommit = () => otherNode.Engine.SetVariablesAsync(instance.Id, V(("note", "from the other node")));
        using var conflicts = Collect<long>(CommitConflicts);
        using var completed = Collect<long>(TasksCompleted);

        await _f.Engine.CompleteTaskAsync(task.Id);

        var conflict = Assert.Single(conflicts.GetMeasurementSnapshot());
        Assert.Equal((1, "retried"), (conflict.Value, conflict.Tags[ConflictOutcomeTag]));
        Assert.Equal(1, Sum(completed, "p"));
        Assert.Equal("from the other node", (await _f.InstanceAsync(instance.Id)).Variables["note"]);
    }

    [Fact]
    public async Task FireDueTimersAsync_TimerFiredLate_RecordsItsLatenessInSeconds()
    {
        await _f.DeployAsync("p", UserTask +
            """<bpmn:boundaryEvent id="late" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" +
            Flow("f1", "s", "t") + Flow("f2", "t", "e") + Flow("f3", "late", "e"));
        await _f.Engine.StartAsync("p");
        using var lateness = Collect<double>(TimerLateness);
        using var fired = Collect<long>(TimersFired);

        await _f.AdvanceAsync(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(90));

        var measurement = Assert.Single(lateness.GetMeasurementSnapshot());
        Assert.Equal(90, measurement.Value, precision: 3);
        Assert.Equal("p", measurement.Tags[ProcessKeyTag]);
        Assert.Equal(1, Sum(fired, "p"));
    }

    [Fact]
    public async Task StartAsync_GatewayWithNoWayOut_CountsIncidentRaisedWithItsType()
    {
        await _f.DeployAsync("p",
            """<bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="gw"/><bpmn:endEvent id="a"/><bpmn:endEvent id="b"/>""" +
            Flow("f1", "s", "gw") + Flow("fa", "gw", "a", "${x == 1}") + Flow("fb", "gw", "b", "${x == 2}"));
        using var incidents = Collect<long>(IncidentsRaised);

        await _f.Engine.StartAsync("p", variables: V(("x", 3)));

        var incident = Assert.Single(incidents.GetMeasurementSnapshot());
        Assert.Equal((1, "p", IncidentTypes.NoOutgoingFlow), (incident.Value, incident.Tags[ProcessKeyTag], incident.Tags[IncidentTypeTag]));
    }

    [Fact]
    public async Task Gauges_TasksOpenAndTimerComeDue_ReportTheStoresCounts()
    {
        await _f.DeployAsync("p", UserTask +
            """<bpmn:boundaryEvent id="late" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" +
            Flow("f1", "s", "t") + Flow("f2", "t", "e") + Flow("f3", "late", "e"));
        await _f.Engine.StartAsync("p");
        await _f.Engine.StartAsync("p");
        using var open = Collect<long>(TasksOpen);
        using var due = Collect<long>(TimersDue);

        open.RecordObservableInstruments();
        due.RecordObservableInstruments();
        Assert.Equal((2, 0), (open.LastMeasurement!.Value, due.LastMeasurement!.Value));

        _f.Clock.Advance(TimeSpan.FromHours(1));
        due.RecordObservableInstruments();
        Assert.Equal(2, due.LastMeasurement!.Value);
    }

    public void Dispose() => _meters.Dispose();
}
