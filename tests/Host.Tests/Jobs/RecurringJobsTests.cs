using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Jobs;
using Samverkan.Host.Tests.Cli;
using Samverkan.Host.Tests.Processes;

namespace Samverkan.Host.Tests.Jobs;

/// <summary>With Hangfire on, the task reminders and the start-timer refresh are recurring jobs of the host's own storage.</summary>
public sealed class RecurringJobsTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "workflows"));
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Samverkan", $"Data Source={Path.Combine(_folder.Path, "samverkan.db")}");
            web.UseSetting("Samverkan:WorkflowsPath", Path.Combine(_folder.Path, "workflows"));
            web.UseSetting("Samverkan:RulesPath", Path.Combine(ProcessHost.WorkflowsFolder, "rules"));
            web.UseSetting("Samverkan:Scheduling:PollingInterval", "00:00:00.500");
            web.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder.Path, "logs", "samverkan-.log"));
            web.UseSetting("Samverkan:Cases:KeysPath", Path.Combine(_folder.Path, "keys"));
        });
        _ = _host.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private JobStorage Storage => _host.Services.GetRequiredService<JobStorage>();

    [Fact]
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

    [Fact]
    public async Task Trigger_TaskReminders_RunsOnHangfireAndSucceeds()
    {
        _host.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobs.TaskRemindersId);

        var monitoring = Storage.GetMonitoringApi();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!monitoring.SucceededJobs(0, 50).Any(j => j.Value.Job?.Method.Name == nameof(RecurringJobs.SendTaskRemindersAsync)))
        {
            Assert.True(DateTime.UtcNow < until, "The reminder job did not succeed within 20 seconds.");
            Assert.Empty(monitoring.FailedJobs(0, 50));
            await Task.Delay(200);
        }
    }
}
