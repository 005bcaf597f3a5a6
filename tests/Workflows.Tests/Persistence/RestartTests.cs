using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.Sqlite;
using Samverkan.Workflows.Tests.Execution;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>Runs the same case with and without a restart between every trigger, on a real SQLite file.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"samverkan-restart-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private const string Case =
        """<bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="plan" camunda:candidateGroups="kommun"/>""" +
        """<bpmn:receiveTask id="consent" messageRef="m"/><bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" +
        """<bpmn:parallelGateway id="join"/><bpmn:exclusiveGateway id="gw" default="fNo"/><bpmn:endEvent id="yes"/><bpmn:endEvent id="no"/>""" +
        "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"fork\"/><bpmn:sequenceFlow id=\"f2\" sourceRef=\"fork\" targetRef=\"plan\"/><bpmn:sequenceFlow id=\"f3\" sourceRef=\"fork\" targetRef=\"consent\"/>" +
        "<bpmn:sequenceFlow id=\"f4\" sourceRef=\"fork\" targetRef=\"wait\"/><bpmn:sequenceFlow id=\"f5\" sourceRef=\"plan\" targetRef=\"join\"/><bpmn:sequenceFlow id=\"f6\" sourceRef=\"consent\" targetRef=\"join\"/>" +
        "<bpmn:sequenceFlow id=\"f7\" sourceRef=\"wait\" targetRef=\"join\"/><bpmn:sequenceFlow id=\"f8\" sourceRef=\"join\" targetRef=\"gw\"/>" +
        "<bpmn:sequenceFlow id=\"fYes\" sourceRef=\"gw\" targetRef=\"yes\"><bpmn:conditionExpression>${approved &amp;&amp; count == 2}</bpmn:conditionExpression></bpmn:sequenceFlow><bpmn:sequenceFlow id=\"fNo\" sourceRef=\"gw\" targetRef=\"no\"/>";

    private EngineFixture Open()
    {
        SqliteConnection.ClearAllPools();
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsSqlite($"Data Source={_file}");
        var options = builder.Options;
        var contexts = new PooledDbContextFactory<WorkflowDbContext>(options);
        using (var db = contexts.CreateDbContext())
        {
            db.Database.Migrate();
        }
        return new EngineFixture(WorkflowsSqlite.CreateStore(contexts), clock: _clock);
    }

    private async Task<(InstanceView Final, string[] History)> RunAsync(bool restart)
    {
        var f = Open();
        EngineFixture Next() => restart ? Open() : f;
        var deployed = await f.Engine.DeployAsync(Wrap("case", Case, """<bpmn:message id="m" name="samtycke"/>"""));
        Assert.True(deployed.Succeeded, string.Join("\n", deployed.Diagnostics));
        var instance = await f.Engine.StartAsync("case", businessKey: $"bk-{restart}", variables: V(("count", 1)));

        f = Next();
        var task = Assert.Single((await f.Engine.QueryTasksAsync(new() { InstanceId = instance.Id })).Items);
        await f.Engine.CompleteTaskAsync(task.Id, V(("count", 2)));
        f = Next();
        await f.Engine.CorrelateMessageAsync("samtycke", businessKey: $"bk-{restart}", variables: V(("approved", true)));
        f = Next();
        _clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await f.Engine.FireDueTimersAsync());
        f = Next();
        Assert.Equal(0, await f.Engine.FireDueTimersAsync());

        var final = (await f.Engine.GetInstanceAsync(instance.Id))!;
        var history = (await f.Engine.GetHistoryAsync(instance.Id)).Select(h => $"{h.Type}:{h.ElementId}").ToArray();
        return (final, history);
    }

    [Fact]
    public async Task Restart_BetweenEveryTrigger_GivesTheSameResultAsWithout()
    {
        var (withoutRestart, historyWithout) = await RunAsync(restart: false);
        var (withRestart, historyWith) = await RunAsync(restart: true);

        Assert.Equal(InstanceStatus.Completed, withRestart.Status);
        Assert.Equal(withoutRestart.Status, withRestart.Status);
        Assert.Equal(withoutRestart.Variables.OrderBy(v => v.Key), withRestart.Variables.OrderBy(v => v.Key));
        Assert.Equal(historyWithout, historyWith);
        Assert.Contains("ElementCompleted:yes", historyWith);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
