using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Rules.Parameters;
using Samverkan.Testing;
using Samverkan.Testing.Databases;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Tests.Processes;

/// <summary>
/// The whole service on the REAL files of <c>workflows/</c> and <c>workflows/rules/</c>, with a fake clock:
/// rule sets, parameters, notification handlers and the engine exactly as deployed, time moved by the test.
/// Hangfire is off; <see cref="AdvanceAsync"/> and <see cref="RunJobsAsync"/> do what its jobs would.
/// </summary>
public sealed class ProcessHost : TestHost
{
    /// <param name="start">The fake clock's first instant (2026-03-02 08:00 UTC when null).</param>
    /// <param name="settings">More configuration, e.g. users and their groups under <c>Samverkan:Directory:Users</c>.</param>
    /// <param name="storage">The database: a SQLite file, or a PostgreSQL database of the host's own.</param>
    public ProcessHost(DateTimeOffset? start = null, IReadOnlyDictionary<string, string?>? settings = null, StorageProvider storage = StorageProvider.Sqlite)
        : this(new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)), settings, storage)
    {
    }

    private ProcessHost(FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings, StorageProvider storage)
        : base(new TestHostOptions
        {
            Storage = storage,
            WorkflowsPath = Repository.Workflows,
            RulesPath = Repository.Rules,
            Clock = clock,
            Settings = settings ?? new Dictionary<string, string?>(),
        })
    {
        Clock = clock;
        StartNow(); // start now: migrate, deploy the real folders
    }

    public FakeTimeProvider Clock { get; }

    public IParameterService Parameters => Services.GetRequiredService<IParameterService>();

    /// <summary>Moves the clock, then fires every timer and runs every handler job that came due, until none is left.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RunDueAsync();
    }

    /// <summary>Moves the clock to <paramref name="instant"/> (never back) and runs what came due.</summary>
    public Task AdvanceToAsync(DateTimeOffset instant) => AdvanceAsync(instant - Clock.GetUtcNow());

    /// <summary>Runs the handler jobs (notify, meeting invitations, ...) that are due now, as Hangfire would.</summary>
    public Task RunJobsAsync() => RunDueAsync();

    private async Task RunDueAsync()
    {
        for (var round = 0; round < 1000; round++)
        {
            var fired = await Engine.FireDueTimersAsync();
            var ran = await Engine.RunDueJobsAsync();
            if (fired + ran == 0)
            {
                return;
            }
        }
        throw new InvalidOperationException("Timers and jobs kept coming due: a loop in a process?");
    }

    public async Task<InstanceView> StartAsync(string key, IReadOnlyDictionary<string, object?>? variables = null, string? businessKey = null)
    {
        var instance = await Engine.StartAsync(key, businessKey, variables);
        await RunJobsAsync();
        return (await Engine.GetInstanceAsync(instance.Id))!;
    }

    public async Task<InstanceView> InstanceAsync(Guid id) => (await Engine.GetInstanceAsync(id))!;

    public async Task<IReadOnlyList<UserTaskView>> OpenTasksAsync(Guid instanceId) =>
        (await Engine.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, PageSize = 500 })).Items;

    /// <summary>The one open task at <paramref name="elementId"/>; fails the test if there is none or several.</summary>
    public async Task<UserTaskView> TaskAsync(Guid instanceId, string elementId)
    {
        var tasks = await OpenTasksAsync(instanceId);
        return Assert.Single(tasks, t => t.ElementId == elementId);
    }

    /// <summary>Completes the open task at <paramref name="elementId"/> and runs the handler jobs that follow.</summary>
    public async Task CompleteAsync(Guid instanceId, string elementId, IReadOnlyDictionary<string, object?>? variables = null, string user = "testare")
    {
        var task = await TaskAsync(instanceId, elementId);
        await Engine.CompleteTaskAsync(task.Id, variables, user);
        await RunJobsAsync();
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid instanceId) => await Engine.GetHistoryAsync(instanceId);

    /// <summary>No open incidents on the instance: a process that fails quietly fails here loudly.</summary>
    public async Task AssertNoIncidentsAsync(Guid instanceId)
    {
        var incidents = await Engine.GetIncidentsAsync(instanceId);
        Assert.True(incidents.Count == 0, string.Join("\n", incidents.Select(i => $"{i.ElementId}: {i.Message}")));
    }
}
