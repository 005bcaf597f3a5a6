using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications;
using Samverkan.Host.Reminders;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>
/// P5 meetings (workflows/motesplanering.bpmn and workflows/samverkansmote.bpmn) on the real files: two meetings a
/// term per group, the agenda a week before, minutes to the participants and ledningsgruppen, corrections within a week.
/// </summary>
[Trait("Category", "Slow")]
public abstract class SamverkansmoteTests(StorageProvider storage) : IAsyncLifetime
{
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private ProcessHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new ProcessHost(settings: ProcessUsers.Directory(("hanna", ["handlaggarniva"]), ("hugo", ["handlaggarniva"]), ("lena", ["ledningsniva"])), storage: storage);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Guid> BookAsync(string start, string end)
    {
        var instance = await _host.StartAsync("samverkansmote", new Dictionary<string, object?> { ["meetingGroup"] = "handlaggarniva" });
        await _host.CompleteAsync(instance.Id, "bookMeeting", new Dictionary<string, object?>
        {
            ["moteStart"] = start,
            ["moteSlut"] = end,
            ["plats"] = "Teams",
            ["amne"] = "Handläggargruppen i Treparten",
        }, user: "hanna");
        return instance.Id;
    }

    private async Task HoldAsync(Guid id)
    {
        await _host.CompleteAsync(id, "sendAgenda", new Dictionary<string, object?> { ["agenda"] = "1. Mötets öppnande 2. Ärenden 3. Övrigt" }, user: "hanna");
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 20, 15, 0, 0, Summer));
        await _host.CompleteAsync(id, "writeMinutes", new Dictionary<string, object?> { ["minutes"] = "Gruppen gick igenom två avidentifierade ärenden." }, user: "hanna");
    }

    [ProviderFact]
    public async Task TermStart_MidAugust_EachGroupGetsMeetingsPerTermMeetingsToBook()
    {
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 8, 15, 8, 0, 0, Summer));

        var bookings = (await _host.Engine.QueryTasksAsync(new TaskQuery { DefinitionKey = "samverkansmote", PageSize = 500 })).Items;
        Assert.Equal(2, bookings.Count(t => t.ElementId == "bookMeeting" && t.CandidateGroupList.SequenceEqual(["ledningsniva"])));
        Assert.Equal(2, bookings.Count(t => t.ElementId == "bookMeeting" && t.CandidateGroupList.SequenceEqual(["handlaggarniva"])));
        Assert.All(bookings, t => Assert.Equal(new DateTimeOffset(2026, 8, 29, 8, 0, 0, Summer), t.DueAt));
    }

    [ProviderFact]
    public async Task Book_InGoodTime_ParticipantsInvitedAndAgendaDueAWeekBefore()
    {
        var id = await BookAsync("2026-04-20T13:00", "2026-04-20T15:00");

        foreach (var user in new[] { "hanna", "hugo" })
        {
            var invitation = Assert.Single(await _host.NotificationsAsync(user, NotificationKind.MeetingInvitation));
            Assert.Contains("2026-04-20 kl. 13:00–15:00, Teams", invitation.Body);
        }
        var agenda = await _host.TaskAsync(id, "sendAgenda");
        Assert.Equal(new DateTimeOffset(2026, 4, 13, 13, 0, 0, Summer), agenda.DueAt);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Book_LessThanAWeekAhead_BookAgainWithTheReason()
    {
        var id = await BookAsync("2026-03-06T13:00", "2026-03-06T15:00");

        Assert.Single(await _host.OpenTasksAsync(id), t => t.ElementId == "bookMeeting");
        var schedule = Assert.IsType<Dictionary<string, object?>>((await _host.InstanceAsync(id)).Variables["schedule"], exactMatch: false);
        Assert.Equal(["AgendaCanBeSentInTime"], Assert.IsType<List<object?>>(schedule["failedRules"], exactMatch: false));
        Assert.Empty(await _host.NotificationsAsync("hugo", NotificationKind.MeetingInvitation));
    }

    [ProviderFact]
    public async Task Agenda_NotSentBeforeTheWeekBeforeTheMeeting_ConvenerIsRemindedThenToldItIsLate()
    {
        var id = await BookAsync("2026-04-20T13:00", "2026-04-20T15:00");
        var reminders = _host.Services.GetRequiredService<TaskReminders>();

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 11, 13, 0, 0, Summer));
        await reminders.SendDueAsync();
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 13, 13, 0, 0, Summer));
        await reminders.SendDueAsync();

        var agendaTask = (await _host.TaskAsync(id, "sendAgenda")).Id;
        var reminder = Assert.Single(await _host.NotificationsAsync("hanna", NotificationKind.Reminder));
        Assert.Equal(agendaTask, reminder.TaskId);
        Assert.Equal("Uppgiften ”Skriv och skicka dagordningen” ska vara klar senast 2026-04-13 kl. 13:00.", reminder.Body);
        Assert.Equal(agendaTask, Assert.Single(await _host.NotificationsAsync("hanna", NotificationKind.Overdue)).TaskId);
    }

    [ProviderFact]
    public async Task Minutes_Written_GoToParticipantsAndLedningsgruppenWithAWeekForCorrections()
    {
        var id = await BookAsync("2026-04-20T13:00", "2026-04-20T15:00");

        await HoldAsync(id);

        foreach (var user in new[] { "hanna", "hugo", "lena" })
        {
            Assert.Single(await _host.NotificationsAsync(user, NotificationKind.Info), n => n.Title == "Minnesanteckningar: Handläggargruppen i Treparten");
        }
        var corrections = await _host.TaskAsync(id, "correctMinutes");
        Assert.Equal(["handlaggarniva"], corrections.CandidateGroupList);
        Assert.Equal(new DateTimeOffset(2026, 4, 27, 15, 0, 0, Summer), corrections.DueAt);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Corrections_NoneWithinAWeek_ConvenerFinalizesTheMinutes()
    {
        var id = await BookAsync("2026-04-20T13:00", "2026-04-20T15:00");
        await HoldAsync(id);

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 27, 14, 59, 0, Summer));
        Assert.Single(await _host.OpenTasksAsync(id), t => t.ElementId == "correctMinutes");
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.DoesNotContain(await _host.OpenTasksAsync(id), t => t.ElementId == "correctMinutes");
        await _host.CompleteAsync(id, "finalizeMinutes", new Dictionary<string, object?> { ["finalMinutes"] = "Fastställda utan rättelser." }, user: "hanna");
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Corrections_GivenInTime_ConvenerFinalizesWithThem()
    {
        var id = await BookAsync("2026-04-20T13:00", "2026-04-20T15:00");
        await HoldAsync(id);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));

        await _host.CompleteAsync(id, "correctMinutes", new Dictionary<string, object?> { ["corrections"] = "Punkt 2: kommunens representant var med." }, user: "hugo");

        await _host.TaskAsync(id, "finalizeMinutes");
        await _host.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Single(await _host.OpenTasksAsync(id), t => t.ElementId == "finalizeMinutes");
    }

    public sealed class Sqlite() : SamverkansmoteTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : SamverkansmoteTests(StorageProvider.PostgreSql);
}
