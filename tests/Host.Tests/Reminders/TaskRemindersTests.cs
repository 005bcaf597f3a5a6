using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications;
using Samverkan.Host.Reminders;
using Samverkan.Host.Tests.Processes;
using Samverkan.Rules.Parameters;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Reminders;

/// <summary>
/// Reminders and overdue notices for every open user task, run as the recurring job would (Hangfire off, the fake
/// clock moved by the test), on the real workflows/ files: a FACT referral is due 14 days after it is given out.
/// </summary>
[Trait("Category", "Slow")]
public abstract class TaskRemindersTests(StorageProvider storage) : IAsyncLifetime
{
    private ProcessHost _host = null!;

    private TaskReminders Reminders => _host.Services.GetRequiredService<TaskReminders>();

    public Task InitializeAsync()
    {
        _host = new ProcessHost(settings: ProcessUsers.Directory(("petra", ["handlaggarniva"]), ("farid", ["fact-team"]), ("fanny", ["fact-team"])), storage: storage);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>An eligible FACT assessment: the referral task for fact-team, due in factReferralTime (14 days).</summary>
    private async Task<Guid> ReferralAsync()
    {
        var instance = await _host.StartAsync("fact", new Dictionary<string, object?> { ["referrer"] = "petra" });
        await _host.CompleteAsync(instance.Id, "describeNeed", new Dictionary<string, object?>
        {
            ["psychiatricDiagnosis"] = true, ["mainDiagnosis"] = "F20.0", ["secondaryDiagnoses"] = "F10.2", ["substanceUseSeverity"] = "svar",
            ["reducedSocialFunction"] = true, ["alternatingCourse"] = true, ["needsCoordinatedInsatser"] = true,
        }, user: "petra");
        return (await _host.TaskAsync(instance.Id, "receiveReferral")).Id;
    }

    private Task ChangeAsync(string parameter, object value) =>
        _host.Parameters.ChangeAsync(parameter, new ParameterChangeRequest(JsonSerializer.SerializeToElement(value), "chef", "Ändrat i test"));

    [ProviderFact]
    public async Task SendDue_TwoDaysBeforeTheDueTime_RemindsTheCandidatesOnce()
    {
        var taskId = await ReferralAsync();
        await _host.AdvanceAsync(TimeSpan.FromDays(12) - TimeSpan.FromMinutes(1));
        Assert.Equal((0, 0), await Reminders.SendDueAsync());

        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var first = await Reminders.SendDueAsync();
        var again = await Reminders.SendDueAsync();

        Assert.Equal((1, 0), first);
        Assert.Equal((0, 0), again);
        foreach (var user in new[] { "farid", "fanny" })
        {
            var reminder = Assert.Single(await _host.NotificationsAsync(user, NotificationKind.Reminder));
            Assert.Equal(taskId, reminder.TaskId);
            Assert.Equal("Påminnelse: Ta emot remiss till FACT", reminder.Title);
            Assert.Equal("Uppgiften ”Ta emot remiss till FACT” ska vara klar senast 2026-03-16 kl. 09:00.", reminder.Body);
        }
        Assert.Empty(await _host.NotificationsAsync("petra", NotificationKind.Reminder));
    }

    [ProviderFact]
    public async Task SendDue_AfterTheDueTime_SendsOneOverdueNoticeAndNoLateReminder()
    {
        var taskId = await ReferralAsync();
        await _host.AdvanceAsync(TimeSpan.FromDays(14));

        var first = await Reminders.SendDueAsync();
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        var later = await Reminders.SendDueAsync();

        Assert.Equal((0, 1), first);
        Assert.Equal((0, 0), later);
        var notice = Assert.Single(await _host.NotificationsAsync("farid", NotificationKind.Overdue));
        Assert.Equal(taskId, notice.TaskId);
        Assert.Equal("Försenad uppgift: Ta emot remiss till FACT", notice.Title);
        Assert.Empty(await _host.NotificationsAsync("farid", NotificationKind.Reminder));
    }

    [ProviderFact]
    public async Task SendDue_BeforeAndAfterTheDueTime_EachNoticeOnce()
    {
        await ReferralAsync();

        await _host.AdvanceAsync(TimeSpan.FromDays(13));
        await Reminders.SendDueAsync();
        await Reminders.SendDueAsync();
        await _host.AdvanceAsync(TimeSpan.FromDays(2));
        await Reminders.SendDueAsync();
        await Reminders.SendDueAsync();

        Assert.Single(await _host.NotificationsAsync("farid", NotificationKind.Reminder));
        Assert.Single(await _host.NotificationsAsync("farid", NotificationKind.Overdue));
    }

    [ProviderFact]
    public async Task SendDue_ClaimedTask_TellsOnlyTheAssignee()
    {
        var taskId = await ReferralAsync();
        await _host.Engine.ClaimTaskAsync(taskId, "fanny");

        await _host.AdvanceAsync(TimeSpan.FromDays(13));
        await Reminders.SendDueAsync();

        Assert.Single(await _host.NotificationsAsync("fanny", NotificationKind.Reminder));
        Assert.Empty(await _host.NotificationsAsync("farid", NotificationKind.Reminder));
    }

    [ProviderFact]
    public async Task SendDue_CompletedTask_TellsNobody()
    {
        var taskId = await ReferralAsync();
        await _host.Engine.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["admitted"] = true, ["decisionComment"] = "Skrivs in." }, "farid");

        await _host.AdvanceAsync(TimeSpan.FromDays(20));

        Assert.Equal((0, 0), await Reminders.SendDueAsync());
    }

    [ProviderFact]
    public async Task SendDue_LeadTimeChangedByAManager_NextRunUsesTheNewLeadTime()
    {
        await ReferralAsync();
        await _host.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Equal((0, 0), await Reminders.SendDueAsync());

        await ChangeAsync(TaskReminders.LeadTimeParameter, "P7D");

        Assert.Equal((1, 0), await Reminders.SendDueAsync());
    }

    [ProviderFact]
    public async Task SendDue_TaskGivenOutInsideTheLeadTime_NoReminderButOverdueNotice()
    {
        await ChangeAsync("factReferralTime", "P1D");
        await ReferralAsync();

        await _host.AdvanceAsync(TimeSpan.FromHours(12));
        var inside = await Reminders.SendDueAsync();
        await _host.AdvanceAsync(TimeSpan.FromHours(12));
        var due = await Reminders.SendDueAsync();

        Assert.Equal((0, 0), inside);
        Assert.Equal((0, 1), due);
    }

    public sealed class Sqlite() : TaskRemindersTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : TaskRemindersTests(StorageProvider.PostgreSql);
}
