using Microsoft.Extensions.DependencyInjection;
using Samverkan.Testing;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Tests.Jobs;

/// <summary>
/// Timers driven by real Hangfire (in-memory storage) and the due-work sweep, on a real SQLite file:
/// each timer fires exactly once, also when the host stops in the middle and a new one starts on the same database.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HangfireSchedulingTests : IDisposable
{
    private const string Process =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="waits" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:timeDuration>${delay}</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly TempFolder _folder = new();

    public HangfireSchedulingTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "workflows"));
        _folder.Write("workflows/waits.bpmn", Process);
    }

    [Fact]
    public async Task Each_timer_fires_once_on_its_own_host()
    {
        await using var host = StartHost();
        var engine = host.Engine;
        var instances = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            instances.Add((await engine.StartAsync("waits", variables: new Dictionary<string, object?> { ["delay"] = $"PT{1 + (i % 3)}S" })).Id);
        }

        await Eventually.UntilAsync(async () => await CountCompletedAsync(engine, instances) == instances.Count, TimeSpan.FromSeconds(20), "every instance to complete");

        foreach (var id in instances)
        {
            Assert.Equal(1, await CountTimerFiredAsync(engine, id));
        }
    }

    [Fact]
    public async Task A_restart_in_the_middle_loses_no_timer_and_fires_none_twice()
    {
        var instances = new List<Guid>();
        await using (var first = StartHost())
        {
            var engine = first.Engine;
            // Some come due while the first host still runs, some while no host runs, some after the restart.
            foreach (var delay in new[] { "PT1S", "PT3S", "PT3S", "PT6S", "PT6S" })
            {
                instances.Add((await engine.StartAsync("waits", variables: new Dictionary<string, object?> { ["delay"] = delay })).Id);
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        await Task.Delay(TimeSpan.FromSeconds(2));

        await using var second = StartHost();
        var restarted = second.Engine;
        await Eventually.UntilAsync(async () => await CountCompletedAsync(restarted, instances) == instances.Count, TimeSpan.FromSeconds(20), "every instance to complete after the restart");

        foreach (var id in instances)
        {
            Assert.Equal(1, await CountTimerFiredAsync(restarted, id));
        }
    }

    [Fact]
    public async Task A_due_timer_is_picked_up_without_the_sweep_by_its_hangfire_job()
    {
        // The sweep is set to an hour, so only the delayed Hangfire job can fire this timer in time.
        await using var host = StartHost(sweep: TimeSpan.FromHours(1));
        var engine = host.Engine;
        var id = (await engine.StartAsync("waits", variables: new Dictionary<string, object?> { ["delay"] = "PT1S" })).Id;

        await Eventually.UntilAsync(async () => await CountCompletedAsync(engine, [id]) == 1, TimeSpan.FromSeconds(10), "the instance to complete");
        Assert.Equal(1, await CountTimerFiredAsync(engine, id));
    }

    [Fact]
    public async Task A_handler_job_runs_on_hangfire_and_a_failing_one_ends_in_an_incident_after_its_retries()
    {
        _folder.Write("workflows/calls.bpmn",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://samverkan.se/test">
              <bpmn:process id="calls" isExecutable="true">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
                <bpmn:serviceTask id="call" camunda:delegateExpression="${flaky}" />
                <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """);
        var handler = new FlakyHandler();
        await using var host = StartHost(sweep: TimeSpan.FromHours(1), handler: handler);
        var engine = host.Engine;

        var works = (await engine.StartAsync("calls", variables: new Dictionary<string, object?> { ["fail"] = false })).Id;
        var fails = (await engine.StartAsync("calls", variables: new Dictionary<string, object?> { ["fail"] = true })).Id;

        await Eventually.UntilAsync(async () => await CountCompletedAsync(engine, [works]) == 1, TimeSpan.FromSeconds(10), "the working call to complete");
        await Eventually.UntilAsync(async () => (await engine.GetIncidentsAsync(fails)).Count == 1, TimeSpan.FromSeconds(20), "an incident on the failing call");
        var incident = Assert.Single(await engine.GetIncidentsAsync(fails));
        Assert.Equal("call", incident.ElementId);
        Assert.Equal(2, handler.Attempts(fails));
        Assert.Equal(InstanceStatus.Active, (await engine.GetInstanceAsync(fails))!.Status);
    }

    private sealed class FlakyHandler : IServiceTaskHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> _attempts = new();

        public string Name => "flaky";

        public int Attempts(Guid instanceId) => _attempts.GetValueOrDefault(instanceId);

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            _attempts.AddOrUpdate(context.InstanceId, 1, (_, n) => n + 1);
            return context.Variables["fail"] is true
                ? throw new InvalidOperationException("The other system said no.")
                : Task.FromResult<IReadOnlyDictionary<string, object?>?>(new Dictionary<string, object?> { ["answered"] = true });
        }
    }

    private TestHost StartHost(TimeSpan? sweep = null, IServiceTaskHandler? handler = null)
    {
        var host = TestHost.Create(new TestHostOptions
        {
            DataPath = _folder.Path,
            Scheduling = true,
            SweepInterval = sweep ?? TimeSpan.FromSeconds(1),
            TestSignIn = false,
            Settings = new Dictionary<string, string?>
            {
                ["Samverkan:Engine:JobRetries"] = "2",
                ["Samverkan:Engine:JobRetryDelay"] = "00:00:01",
            },
            Services = handler is null ? null : services => services.AddSingleton(handler),
        });
        host.StartServer(); // builds and starts the host, running the start-up (migrate, deploy, catch up)
        return host;
    }

    private static async Task<int> CountCompletedAsync(ProcessEngine engine, IReadOnlyList<Guid> ids)
    {
        var done = 0;
        foreach (var id in ids)
        {
            if ((await engine.GetInstanceAsync(id))?.Status == InstanceStatus.Completed)
            {
                done++;
            }
        }
        return done;
    }

    private static async Task<int> CountTimerFiredAsync(ProcessEngine engine, Guid id) =>
        (await engine.GetHistoryAsync(id)).Count(h => h.Type == HistoryTypes.TimerFired);

    public void Dispose() => _folder.Dispose();
}
