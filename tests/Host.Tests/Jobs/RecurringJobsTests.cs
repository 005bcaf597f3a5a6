using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Jobs;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Jobs;

/// <summary>
/// With Hangfire on, the task reminders and the start-timer refresh are recurring jobs of the host's own storage: in
/// memory beside SQLite, in the database (Hangfire.PostgreSql) beside PostgreSQL.
/// </summary>
[Trait("Category", "Slow")]
public abstract class RecurringJobsTests(StorageProvider storage) : IAsyncLifetime
{
    private readonly TestHost _host = TestHost.Create(new TestHostOptions { RulesPath = Repository.Rules, Scheduling = true, TestSignIn = false, Storage = storage });

    public Task InitializeAsync()
    {
        _host.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private JobStorage Storage => _host.Services.GetRequiredService<JobStorage>();

    [ProviderFact]
    public void Start_SchedulingOn_RegistersBothRecurringJobs()
    {
        using var connection = Storage.GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        var reminders = jobs[RecurringJobs.TaskRemindersId];
        Assert.Equal("*/5 * * * *", reminders.Cron);
        Assert.Equal(typeof(RecurringJobs), reminders.Job.Type);
        Assert.Equal(nameof(RecurringJobs.SendTaskRemindersAsync), reminders.Job.Method.Name);
        Assert.NotNull(reminders.NextExecution);
        Assert.Equal(nameof(RecurringJobs.RefreshStartTimersAsync), jobs[RecurringJobs.StartTimersId].Job.Method.Name);
    }

    [ProviderFact]
    public async Task Trigger_TaskReminders_RunsOnHangfireAndSucceeds()
    {
        _host.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobs.TaskRemindersId);

        var monitoring = Storage.GetMonitoringApi();
        await Eventually.UntilAsync(() =>
        {
            var succeeded = monitoring.SucceededJobs(0, 50).Any(j => j.Value.Job?.Method.Name == nameof(RecurringJobs.SendTaskRemindersAsync));
            if (!succeeded)
            {
                Assert.Empty(monitoring.FailedJobs(0, 50));
            }
            return succeeded;
        }, TimeSpan.FromSeconds(20), "the reminder job to succeed");
    }

    public sealed class Sqlite() : RecurringJobsTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : RecurringJobsTests(StorageProvider.PostgreSql);
}
