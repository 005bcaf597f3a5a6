using Hangfire;
using Samverkan.Host.Hosting;
using Samverkan.Host.Reminders;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Jobs;

/// <summary>
/// The Hangfire recurring jobs, seen in the dashboard under Recurring jobs. Both read the parameters at every run,
/// so a manager's change takes effect at the next run without re-registering the jobs or restarting the service.
/// </summary>
public sealed class RecurringJobs(TaskReminders reminders, ProcessEngine engine, ILogger<RecurringJobs> log)
{
    public const string TaskRemindersId = "task-reminders";
    public const string StartTimersId = "timer-start-parameters";

    /// <summary>Registers (or updates) both jobs with the host's own manager; not the static API, which several hosts in one process would share.</summary>
    public static void Register(IRecurringJobManager manager, SchedulingOptions scheduling)
    {
        manager.AddOrUpdate<RecurringJobs>(TaskRemindersId, j => j.SendTaskRemindersAsync(CancellationToken.None), scheduling.RemindersCron);
        manager.AddOrUpdate<RecurringJobs>(StartTimersId, j => j.RefreshStartTimersAsync(CancellationToken.None), scheduling.StartTimersCron);
    }

    // A failed run is simply the next run's work; Hangfire retrying on top would only send the same notices sooner.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Task reminders and overdue notices")]
    public Task SendTaskRemindersAsync(CancellationToken ct) => reminders.SendDueAsync(ct);

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Timer start events follow their parameters")]
    public async Task RefreshStartTimersAsync(CancellationToken ct)
    {
        var moved = await engine.RefreshStartTimersAsync(ct);
        if (moved > 0)
        {
            log.LogInformation("Moved {TimerCount} timer start events after a parameter change", moved);
        }
    }
}
