using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Cases.Plans;
using Samverkan.Host.Notifications.Api;
using Samverkan.Host.Security;
using Samverkan.Rules.Parameters;
using Samverkan.Testing;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.VersionMigration;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>
/// P1 SIP (workflows/sip.bpmn) on the real files: eligibility, consent, kallelse and inbjudan per participant,
/// the plan's required content, follow-up reminders, the discharge variant and consent withdrawn at any step.
/// </summary>
[Trait("Category", "Slow")]
public abstract class SipTests(StorageProvider storage) : IAsyncLifetime
{
    private const string BusinessKey = "sip-1";

    // sam coordinates SIPs; anna works in the kommun, carl in the region, fia at Försäkringskassan.
    private static readonly (string Id, string Group)[] People =
        [("sam", "sip-samordnare"), ("anna", "kommun-soc"), ("carl", "region-psyk"), ("fia", "fk")];

    private static readonly List<object?> Recipients =
    [
        Recipient("kommun", "Socialtjänsten", "kommun-soc"),
        Recipient("region", "Vuxenpsykiatrin", "region-psyk"),
        Recipient("försäkringskassan", "Försäkringskassan", "fk"),
    ];

    private ProcessHost _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        var settings = ProcessUsers.Directory([.. People.Select(p => (p.Id, new[] { p.Group }))]);
        _host = new ProcessHost(settings: settings, storage: storage);
        _http = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [ProviderFact]
    public async Task Sip_BothHuvudmanNeeded_EligibleAndConsentAsked()
    {
        var id = await StartAsync();

        await AssessAsync(id);

        var eligibility = (IReadOnlyDictionary<string, object?>)(await _host.InstanceAsync(id)).Variables["eligibility"]!;
        Assert.Equal(true, eligibility["passed"]);
        Assert.Equal(["sip-samordnare"], (await _host.TaskAsync(id, "recordConsent")).CandidateGroupList);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Sip_OnlyKommunNeeded_RefusalNeedsReasonThenEndsWithoutSip()
    {
        var id = await StartAsync();
        await AssessAsync(id, needsRegion: false);
        var refusal = await _host.TaskAsync(id, "recordRefusal");

        var withoutReason = await Assert.ThrowsAsync<FormValidationException>(() => _host.Engine.CompleteTaskAsync(refusal.Id, V()));
        await _host.CompleteAsync(id, "recordRefusal", V(("refusalReason", "Regionen har inga insatser; kommunen samordnar själv.")));

        Assert.Equal("refusalReason", Assert.Single(withoutReason.Errors).Field);
        var instance = await _host.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal("Regionen har inga insatser; kommunen samordnar själv.", instance.Variables["refusalReason"]);
        Assert.Equal(new object?[] { "BothHuvudman" }, (IEnumerable<object?>)((IReadOnlyDictionary<string, object?>)instance.Variables["eligibility"]!)["failedRules"]!);
        await AssertEndedAtAsync(id, "refusedEnd");
    }

    [ProviderFact]
    public async Task Sip_ConsentGiven_RecordedWithDataRecipientsAndValidityThenPreparation()
    {
        var id = await AssessedAsync();

        await ConsentAsync(id);

        var variables = (await _host.InstanceAsync(id)).Variables;
        Assert.Equal("Journaluppgifter om psykiatrisk vård och pågående insatser enligt SoL", variables["consentData"]);
        Assert.Equal("2027-03-01", variables["consentValidUntil"]);
        Assert.Equal(3, ((IEnumerable<object?>)variables["consentRecipients"]!).Count());
        var routing = (IReadOnlyDictionary<string, object?>)variables["routing"]!;
        Assert.Equal(new object?[] { "group:kommun-soc", "group:region-psyk", "group:fk", "group:sip-samordnare" }, (IEnumerable<object?>)routing["everyone"]!);
        Assert.Equal("prepareMeeting", Assert.Single(await _host.OpenTasksAsync(id)).ElementId);
    }

    [ProviderFact]
    public async Task Sip_ConsentGiven_KallelsePerHuvudmanInbjudanPerOtherActorAndCalendarInvitation()
    {
        var id = await ConsentedAsync();

        await PrepareAsync(id);

        var tasks = await _host.OpenTasksAsync(id);
        var kallelser = tasks.Where(t => t.ElementId == "kallelse").ToList();
        Assert.Equal(["kommun-soc", "region-psyk"], kallelser.Select(t => Assert.Single(t.CandidateGroupList)).Order());
        var inbjudan = Assert.Single(tasks, t => t.ElementId == "inbjudan");
        Assert.Equal(["fk"], inbjudan.CandidateGroupList);
        Assert.All(tasks, t => Assert.Equal(MeetingStart, t.DueAt));
        foreach (var user in new[] { "anna", "carl", "fia" })
        {
            var invitation = Assert.Single(await NotificationsAsync(user, "MeetingInvitation"));
            Assert.Contains("SIP-möte", invitation.Title);
        }
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Sip_AllAnswered_MeetingThenPlan()
    {
        var id = await InvitedAsync();

        foreach (var task in (await _host.OpenTasksAsync(id)).ToList())
        {
            await _host.Engine.CompleteTaskAsync(task.Id, null, "anna");
        }
        await _host.RunJobsAsync();
        await _host.CompleteAsync(id, "holdMeeting", V(("meetingHeld", true)));

        Assert.Equal("establishPlan", Assert.Single(await _host.OpenTasksAsync(id)).ElementId);
    }

    [ProviderFact]
    public async Task Sip_KallelseUnanswered_ClosedWhenTheMeetingStarts()
    {
        var id = await InvitedAsync();

        await _host.AdvanceToAsync(MeetingStart);

        var open = Assert.Single(await _host.OpenTasksAsync(id));
        Assert.Equal("holdMeeting", open.ElementId);
    }

    [ProviderFact]
    public async Task Sip_MeetingNotHeld_PreparedAgainWithNewKallelser()
    {
        var id = await InvitedAsync();
        await _host.AdvanceToAsync(MeetingStart);

        await _host.CompleteAsync(id, "holdMeeting", V(("meetingHeld", false)));
        await PrepareAsync(id, MeetingStart.AddDays(7));

        Assert.Equal(3, (await _host.OpenTasksAsync(id)).Count(t => t.ElementId is "kallelse" or "inbjudan"));
    }

    [ProviderFact]
    public async Task Sip_Under18WithoutGuardian_ConsentRefusedUntilTheGuardianConsents()
    {
        var id = await AssessedAsync();
        var task = await _host.TaskAsync(id, "recordConsent");

        var refused = await CompleteViaApiAsync(task.Id, ConsentVariables(dateOfBirth: "2010-05-01", byGuardian: false));
        await _host.CompleteAsync(id, "recordConsent", ConsentVariables(dateOfBirth: "2010-05-01", byGuardian: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal([("ConsentByRightPerson", "Den som är under 18 år behöver vårdnadshavares samtycke.")], refused.Errors);
        Assert.Equal("prepareMeeting", Assert.Single(await _host.OpenTasksAsync(id)).ElementId);
    }

    [ProviderFact]
    public async Task Sip_ConsentWithoutBothHuvudman_Refused()
    {
        var id = await AssessedAsync();
        var task = await _host.TaskAsync(id, "recordConsent");

        var refused = await CompleteViaApiAsync(task.Id, ConsentVariables(recipients: [Recipient("kommun", "Socialtjänsten", "kommun-soc")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal([("BothHuvudmanRecipients", "Samtycket ska omfatta både kommunen och regionen.")], refused.Errors);
    }

    [ProviderFact]
    public async Task Sip_ConsentWithdrawnAtPreparation_EndsAsWithdrawnAndEveryoneIsTold()
    {
        var id = await ConsentedAsync();
        await _host.TaskAsync(id, "prepareMeeting");

        var response = await _http.PostAsJsonAsync("/api/messages", new { name = "samtyckeAterkallat", businessKey = BusinessKey });
        await _host.RunJobsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertWithdrawnAsync(id);
    }

    [ProviderFact]
    public async Task Sip_ConsentWithdrawnAfterTheMeeting_EndsAsWithdrawnAndEveryoneIsTold()
    {
        var id = await InvitedAsync();
        await _host.AdvanceToAsync(MeetingStart);
        await _host.CompleteAsync(id, "holdMeeting", V(("meetingHeld", true)));
        await _host.TaskAsync(id, "establishPlan");

        await _host.Engine.CorrelateMessageAsync("samtyckeAterkallat", BusinessKey);
        await _host.RunJobsAsync();

        await AssertWithdrawnAsync(id);
    }

    [ProviderFact]
    public async Task Sip_ConsentWithdrawnInTheCaseRegister_TheSipOfTheCaseEndsAsWithdrawn()
    {
        var caseId = await CaseAsync();
        var consentId = (await SendAsync(HttpMethod.Post, $"/api/cases/{caseId}/consents", new
        {
            recipients = new[] { "kommun-soc", "region-psyk" },
            categories = new[] { "SIP" },
            validTo = _host.Clock.GetUtcNow().AddYears(1),
            givenBy = "Self",
        })).GetProperty("id").GetString()!;
        var id = await StartAsync(caseId);
        await AssessAsync(id);
        await ConsentAsync(id);
        await PrepareAsync(id);

        await SendAsync(HttpMethod.Post, $"/api/consents/{consentId}/withdraw", new { });
        await _host.RunJobsAsync();

        await AssertWithdrawnAsync(id);
    }

    [ProviderFact]
    public async Task Sip_ConsentNotGiven_EndsWithoutParticipants()
    {
        var id = await AssessedAsync();

        await _host.Engine.CorrelateMessageAsync("samtyckeAterkallat", BusinessKey);
        await _host.RunJobsAsync();

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        await AssertEndedAtAsync(id, "consentMissingEnd");
        Assert.Single(await NotificationsAsync("sam", "ConsentWithdrawn"));
        Assert.Empty(await NotificationsAsync("anna", "ConsentWithdrawn"));
    }

    public static TheoryData<string, string, string> MissingPlanParts() => new()
    {
        { "interventions", "HasInterventions", "Planen saknar insatser." },
        { "interventionsNotSent", "HasInterventions", "Uppgift saknas: interventions." },
        { "huvudman", "EachInterventionHasHuvudman", "Varje insats ska ha en ansvarig huvudman (kommun eller region)." },
        { "otherActions", "HasOtherActions", "Planen ska ange vad de övriga aktörerna (andra än huvudmännen) gör." },
        { "leadHuvudman", "HasLeadHuvudman", "Planen ska ange vilken huvudman som har det övergripande ansvaret." },
        { "followUpDate", "HasFollowUpDate", "Planen ska ange när den följs upp: ett datum framåt i tiden." },
    };

    [ProviderTheory]
    [MemberData(nameof(MissingPlanParts))]
    public async Task Sip_PlanMissingARequiredPart_RefusedWith422AndNothingChanges(string missing, string rule, string message)
    {
        var id = await ToPlanAsync();
        var task = await _host.TaskAsync(id, "establishPlan");
        var plan = PlanVariables();
        switch (missing)
        {
            case "interventions":
                plan["interventions"] = new List<object?>();
                break;
            case "interventionsNotSent":
                plan.Remove("interventions");
                break;
            case "huvudman":
                plan["interventions"] = new List<object?> { Intervention("Boendestöd", "kommun"), Intervention("Läkemedelsgenomgång", null) };
                break;
            default:
                plan.Remove(missing);
                if (missing == "otherActions")
                {
                    plan["otherActions"] = new List<object?>();
                }
                break;
        }

        var refused = await CompleteViaApiAsync(task.Id, plan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal([(rule, message)], refused.Errors);
        Assert.Equal(UserTaskStatus.Open, (await _host.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.False((await _host.InstanceAsync(id)).Variables.ContainsKey("interventions"));
    }

    [ProviderFact]
    public async Task Sip_CompletePlan_AcceptedAndWaitsForTheFollowUp()
    {
        var id = await ToPlanAsync();
        var task = await _host.TaskAsync(id, "establishPlan");

        var accepted = await CompleteViaApiAsync(task.Id, PlanVariables());

        Assert.Equal(HttpStatusCode.NoContent, accepted.Status);
        var instance = await _host.InstanceAsync(id);
        Assert.Equal(["waitForReminder"], instance.ActiveElementIds.Where(e => e != "sipWork"));
        Assert.Equal("region", instance.Variables["leadHuvudman"]);
    }

    [ProviderFact]
    public async Task Sip_FollowUp_ReminderAtTheParameterLeadTimeThenRepeatsWithNewDateAndCloses()
    {
        var leadDays = await _host.Parameters.GetValueAsync<int>("sipFollowUpReminderDays", _host.Clock.GetUtcNow());
        var id = await ToPlanAsync();
        await _host.CompleteAsync(id, "establishPlan", PlanVariables());
        var firstReminder = FollowUpDate - TimeSpan.FromDays(leadDays);

        await _host.AdvanceToAsync(firstReminder - TimeSpan.FromMinutes(1));
        var before = await NotificationsAsync("carl", "Reminder");
        await _host.AdvanceToAsync(firstReminder);
        var reminder = Assert.Single(await NotificationsAsync("carl", "Reminder"));
        var followUp = await _host.TaskAsync(id, "followUp");

        var noNewDate = await CompleteViaApiAsync(followUp.Id, V(("continuePlan", true)));
        await _host.CompleteAsync(id, "followUp", V(("continuePlan", true), ("followUpDate", "2026-09-01")));
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(2)) - TimeSpan.FromDays(leadDays));
        var reminders = await NotificationsAsync("sam", "Reminder");
        await _host.CompleteAsync(id, "followUp", V(("continuePlan", false)));

        Assert.Empty(before);
        Assert.Contains("2026-06-01", reminder.Body);
        Assert.Equal(FollowUpDate, followUp.DueAt);
        Assert.Equal([("ContinueNeedsNewDate", "En plan som fortsätter behöver ett nytt uppföljningsdatum framåt i tiden.")], noNewDate.Errors);
        Assert.Equal(2, reminders.Count);
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        await AssertEndedAtAsync(id, "sipEnd");
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Sip_WaitingAtFollowUp_MigratedToAVersionWithAnOverdueReminder_KeepsItsTaskAndArmsTheTimer()
    {
        var leadDays = await _host.Parameters.GetValueAsync<int>("sipFollowUpReminderDays", _host.Clock.GetUtcNow());
        var id = await ToPlanAsync();
        await _host.CompleteAsync(id, "establishPlan", PlanVariables());
        await _host.AdvanceToAsync(FollowUpDate - TimeSpan.FromDays(leadDays));
        var task = await _host.TaskAsync(id, "followUp");
        await _host.Engine.ClaimTaskAsync(task.Id, "sam");
        Assert.True((await _host.Engine.DeployAsync(WithOverdueReminder(Sip()))).Succeeded);

        var report = await PostAsync("/api/definitions/sip/migrations/check", new { sourceVersion = 1, targetVersion = 2, instanceIds = new[] { id } });
        var migrated = await PostAsync($"/api/instances/{id}/migrate", new { targetVersion = 2 });
        var moved = await _host.TaskAsync(id, "followUp");
        var overdue = Assert.Single(await _host.Engine.GetPendingTimersAsync(), t => t.ElementId == "followUpOverdue");
        await _host.AdvanceToAsync(FollowUpDate + TimeSpan.FromDays(7));

        Assert.Equal(1, report.GetProperty("migratable").GetInt32());
        var check = report.GetProperty("instances")[0];
        Assert.Contains(check.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == MigrationCodes.EventAdded && p.GetProperty("elementId").GetString() == "followUpOverdue");
        Assert.Equal(2, migrated.GetProperty("definitionVersion").GetInt32());
        Assert.Equal((task.Id, "sam", task.DueAt), (moved.Id, moved.Assignee, moved.DueAt));
        Assert.Equal(FollowUpDate + TimeSpan.FromDays(7), overdue.DueAt);
        Assert.Equal(["chaseFollowUp", "followUp"], (await _host.OpenTasksAsync(id)).Select(t => t.ElementId).Order());
        Assert.Contains(await _host.HistoryAsync(id), h => h.Type == HistoryTypes.InstanceMigrated && h.Detail!.Contains("armed followUpOverdue"));
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Sip_OfACase_ThePlanAndItsFollowUpAreSavedAsVersionsAndTheParticipantsTold()
    {
        var caseId = await CaseAsync();
        var id = await ToPlanAsync(caseId);
        await _host.CompleteAsync(id, "establishPlan", PlanVariables());
        var leadDays = await _host.Parameters.GetValueAsync<int>("sipFollowUpReminderDays", _host.Clock.GetUtcNow());
        await _host.AdvanceToAsync(FollowUpDate - TimeSpan.FromDays(leadDays));
        await _host.CompleteAsync(id, "followUp", V(("continuePlan", false), ("followUpNotes", "Målen är nådda.")));
        var plans = _host.Services.GetRequiredService<PlanVersions>();

        var versions = await Eventually.UntilAsync(() => plans.ListAsync(Guid.Parse(caseId), CancellationToken.None), v => v.Count == 2,
            TimeSpan.FromSeconds(10), v => $"two plan versions; there are {v.Count}");
        var told = await Eventually.UntilAsync(() => NotificationsAsync("carl", "PlanUpdated"), n => n.Count == 2,
            TimeSpan.FromSeconds(10), n => $"two PlanUpdated notices to carl; there are {n.Count}");

        Assert.Equal(["Boendestöd", "Läkemedelsgenomgång"], versions[0].Plan.Interventions.Select(i => i.Description));
        Assert.Equal(["kommun", "region"], versions[0].Plan.Interventions.Select(i => i.Huvudman));
        Assert.Equal("Utreder rätten till sjukersättning", Assert.Single(versions[0].Plan.OtherActions).Action);
        Assert.Equal(("region", new DateOnly(2026, 6, 1)), (versions[0].Plan.LeadHuvudman, versions[0].Plan.FollowUpDate));
        Assert.Equal("Alla parter närvarade.", versions[0].Notes);
        Assert.True(versions[1].Plan.Closed);
        Assert.Equal("Målen är nådda.", versions[1].Notes);
        Assert.All(told, n => Assert.Equal(id, n.InstanceId));
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Sip_WaitingForTheReminder_VersionWithoutThatStep_RefusedWithTheUnmappedElementAndNothingMoves()
    {
        var id = await ToPlanAsync();
        await _host.CompleteAsync(id, "establishPlan", PlanVariables());
        Assert.True((await _host.Engine.DeployAsync(Sip().Replace("waitForReminder", "waitUntilReminder"))).Succeeded);

        var response = await _http.PostAsJsonAsync($"/api/instances/{id}/migrate", new { targetVersion = 2 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("code").GetString() == MigrationCodes.UnmappedElement && e.GetProperty("elementId").GetString() == "waitForReminder");
        Assert.Equal(1, (await _host.InstanceAsync(id)).DefinitionVersion);
        Assert.Single(await _host.Engine.GetPendingTimersAsync(), t => t.InstanceId == id && t.ElementId == "waitForReminder");
    }

    private static string Sip() => File.ReadAllText(Path.Combine(Repository.Workflows, "sip.bpmn"));

    /// <summary>The SIP with a reminder to the coordinator a week after a follow-up date that passed without the follow-up.</summary>
    private static string WithOverdueReminder(string xml)
    {
        var followUp = xml.IndexOf("<bpmn:userTask id=\"followUp\"", StringComparison.Ordinal);
        var end = xml.IndexOf("</bpmn:userTask>", followUp, StringComparison.Ordinal) + "</bpmn:userTask>".Length;
        const string Added = """
            <bpmn:boundaryEvent id="followUpOverdue" name="Uppföljningen är sen" cancelActivity="false" attachedToRef="followUp">
              <bpmn:outgoing>toChaseFollowUp</bpmn:outgoing>
              <bpmn:timerEventDefinition id="followUpOverdue_timer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${Dates.AddDays(Dates.Parse(followUpDate), 7)}</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:userTask id="chaseFollowUp" name="Påminn om sen uppföljning" camunda:candidateGroups="sip-samordnare"><bpmn:incoming>toChaseFollowUp</bpmn:incoming><bpmn:outgoing>toChased</bpmn:outgoing></bpmn:userTask>
            <bpmn:endEvent id="chasedEnd"><bpmn:incoming>toChased</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="toChaseFollowUp" sourceRef="followUpOverdue" targetRef="chaseFollowUp" />
            <bpmn:sequenceFlow id="toChased" sourceRef="chaseFollowUp" targetRef="chasedEnd" />
            """;
        return xml.Insert(end, Added);
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    [ProviderFact]
    public async Task Sip_AfterDischarge_KallelseDueWithinTheParameterDaysOfTheNotice()
    {
        var notice = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
        var id = await StartAsync();
        await AssessAsync(id, utskrivningsklarAt: "2026-03-02T10:00:00+01:00");
        await ConsentAsync(id);

        var prepare = await _host.TaskAsync(id, "prepareMeeting");

        Assert.Equal(notice.AddDays(3), prepare.DueAt);
    }

    [ProviderFact]
    public async Task Sip_ManagerChangesDischargeDays_TheNextCaseUsesTheNewDays()
    {
        var notice = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
        var first = await StartAsync("sip-1");
        await AssessAsync(first, utskrivningsklarAt: "2026-03-02T10:00:00+01:00");
        await ConsentAsync(first);

        await _host.Parameters.ChangeAsync("sipKallelseAfterDischargeDays",
            new ParameterChangeRequest(JsonSerializer.SerializeToElement(2), "chef", "Snabbare kallelse efter beslut i ledningsgruppen"));
        var second = await StartAsync("sip-2");
        await AssessAsync(second, utskrivningsklarAt: "2026-03-02T10:00:00+01:00");
        await ConsentAsync(second);

        Assert.Equal(notice.AddDays(3), (await _host.TaskAsync(first, "prepareMeeting")).DueAt);
        Assert.Equal(notice.AddDays(2), (await _host.TaskAsync(second, "prepareMeeting")).DueAt);
    }

    [ProviderFact]
    public async Task Sip_NoDischarge_PreparationHasNoDueDate()
    {
        var id = await ConsentedAsync();

        Assert.Null((await _host.TaskAsync(id, "prepareMeeting")).DueAt);
    }

    // ------------------------------------------------------------------ the steps

    private static readonly DateTimeOffset MeetingStart = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset FollowUpDate = new(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(2));

    private async Task<Guid> StartAsync(string businessKey = BusinessKey) =>
        (await _host.StartAsync("sip", businessKey: businessKey)).Id;

    private Task AssessAsync(Guid id, bool needsKommun = true, bool needsRegion = true, string? utskrivningsklarAt = null)
    {
        var form = V(("raisedBy", "skola"), ("deidentified", true), ("needsKommun", needsKommun), ("needsRegion", needsRegion));
        if (utskrivningsklarAt is not null)
        {
            form["utskrivningsklarAt"] = utskrivningsklarAt;
        }
        return _host.CompleteAsync(id, "assessNeed", form);
    }

    private Task ConsentAsync(Guid id) => _host.CompleteAsync(id, "recordConsent", ConsentVariables());

    private static Dictionary<string, object?> ConsentVariables(string dateOfBirth = "1980-05-01", bool byGuardian = false, List<object?>? recipients = null) => V(
        ("consentData", "Journaluppgifter om psykiatrisk vård och pågående insatser enligt SoL"),
        ("consentValidUntil", "2027-03-01"),
        ("dateOfBirth", dateOfBirth),
        ("consentByGuardian", byGuardian),
        ("consentRecipients", recipients ?? Recipients));

    private Task PrepareAsync(Guid id, DateTimeOffset? start = null)
    {
        var at = (start ?? MeetingStart).ToOffset(TimeSpan.FromHours(1));
        return _host.CompleteAsync(id, "prepareMeeting", V(
            ("purpose", "Samordna insatser inför flytt till eget boende"),
            ("meetingStart", at.ToString("yyyy-MM-ddTHH:mm")),
            ("meetingEnd", at.AddHours(1).ToString("yyyy-MM-ddTHH:mm")),
            ("meetingLocation", "Stadshuset, rum 3")));
    }

    /// <summary>A case of the kommun and the region about a new individual, registered by sam of the kommun.</summary>
    private async Task<string> CaseAsync() =>
        (await SendAsync(HttpMethod.Post, "/api/cases", new
        {
            organisations = new[] { "kommun-soc", "region-psyk" },
            person = new { personnummer = Cases.TestPersonnummer.Next(), name = "Tolvan Tolvansson" },
        })).GetProperty("id").GetString()!;

    private async Task<Guid> AssessedAsync(string businessKey = BusinessKey)
    {
        var id = await StartAsync(businessKey);
        await AssessAsync(id);
        return id;
    }

    private async Task<Guid> ConsentedAsync(string businessKey = BusinessKey)
    {
        var id = await AssessedAsync(businessKey);
        await ConsentAsync(id);
        return id;
    }

    /// <summary>A case whose participants have been called and invited: kallelse and inbjudan tasks are open.</summary>
    private async Task<Guid> InvitedAsync(string businessKey = BusinessKey)
    {
        var id = await ConsentedAsync(businessKey);
        await PrepareAsync(id);
        return id;
    }

    /// <summary>A case that has had its meeting: the plan task is open.</summary>
    private async Task<Guid> ToPlanAsync(string businessKey = BusinessKey)
    {
        var id = await InvitedAsync(businessKey);
        await _host.AdvanceToAsync(MeetingStart);
        await _host.CompleteAsync(id, "holdMeeting", V(("meetingHeld", true), ("meetingNotes", "Alla parter närvarade.")));
        return id;
    }

    private static Dictionary<string, object?> PlanVariables() => V(
        ("interventions", new List<object?> { Intervention("Boendestöd", "kommun"), Intervention("Läkemedelsgenomgång", "region") }),
        ("otherActions", new List<object?> { new Dictionary<string, object?> { ["actor"] = "Försäkringskassan", ["action"] = "Utreder rätten till sjukersättning" } }),
        ("leadHuvudman", "region"),
        ("followUpDate", "2026-06-01"));

    private static Dictionary<string, object?> Intervention(string description, string? huvudman) =>
        new() { ["description"] = description, ["huvudman"] = huvudman };

    private static Dictionary<string, object?> Recipient(string type, string organisation, string group) =>
        new() { ["organisationType"] = type, ["organisation"] = organisation, ["group"] = group };

    private async Task AssertWithdrawnAsync(Guid id)
    {
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        Assert.Empty(await _host.OpenTasksAsync(id));
        Assert.DoesNotContain(await _host.Engine.GetPendingTimersAsync(), t => t.InstanceId == id);
        await AssertEndedAtAsync(id, "withdrawnEnd");
        foreach (var user in new[] { "sam", "anna", "carl", "fia" })
        {
            var told = Assert.Single(await NotificationsAsync(user, "ConsentWithdrawn"));
            Assert.Contains("återkallats", told.Title + " " + told.Body);
        }
        await _host.AssertNoIncidentsAsync(id);
    }

    private async Task AssertEndedAtAsync(Guid id, string endEvent)
    {
        var history = await _host.HistoryAsync(id);
        Assert.Contains(history, h => h.ElementId == endEvent && h.Type == HistoryTypes.ElementCompleted);
    }

    private async Task<IReadOnlyList<NotificationResponse>> NotificationsAsync(string user, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications?pageSize=500");
        request.Headers.SignInAs(user, "", Roles.Handlaggare);
        using var response = await _http.SendAsync(request);
        var page = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<NotificationPageResponse>();
        return page!.Items.Where(n => n.Kind == kind).ToList();
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<(string Field, string Message)> Errors)> CompleteViaApiAsync(Guid taskId, Dictionary<string, object?> variables)
    {
        var response = await _http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables, user = "sam" });
        await _host.RunJobsAsync();
        if (response.IsSuccessStatusCode)
        {
            return (response.StatusCode, []);
        }
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.TryGetProperty("errors", out var list)
            ? list.EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!)).ToList()
            : [];
        return (response.StatusCode, errors);
    }

    /// <summary>A call to the case register as sam of the kommun, through the test sign-in headers.</summary>
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Samverkan-User", "sam");
        request.Headers.Add("X-Samverkan-Organisations", "kommun-soc");
        request.Headers.Add("X-Samverkan-Roles", "handlaggare");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    private static Dictionary<string, object?> V(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    public sealed class Sqlite() : SipTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : SipTests(StorageProvider.PostgreSql);
}
