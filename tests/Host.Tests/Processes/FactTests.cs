using Samverkan.Host.Notifications;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>P6 FACT-bedömning (workflows/fact.bpmn) on the real files: eligible goes to the FACT team, not eligible tells the referrer why.</summary>
[Trait("Category", "Slow")]
public abstract class FactTests(StorageProvider storage) : IAsyncLifetime
{
    private ProcessHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new ProcessHost(settings: ProcessUsers.Directory(("petra", ["handlaggarniva"]), ("farid", ["fact-team"])), storage: storage);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Dictionary<string, object?> Assessment(string mainDiagnosis, string secondaryDiagnoses = "", string severity = "svar") => new()
    {
        ["psychiatricDiagnosis"] = true,
        ["mainDiagnosis"] = mainDiagnosis,
        ["secondaryDiagnoses"] = secondaryDiagnoses,
        ["substanceUseSeverity"] = severity,
        ["reducedSocialFunction"] = true,
        ["alternatingCourse"] = true,
        ["needsCoordinatedInsatser"] = true,
    };

    private async Task<Guid> AssessAsync(Dictionary<string, object?> assessment)
    {
        var instance = await _host.StartAsync("fact", new Dictionary<string, object?> { ["referrer"] = "petra" });
        await _host.CompleteAsync(instance.Id, "describeNeed", assessment, user: "petra");
        return instance.Id;
    }

    [ProviderTheory]
    [InlineData("F10.2", "")]
    [InlineData("F20.0", "F41.1, F12.2")]
    [InlineData("F25.1", "f19.2")]
    public async Task Assess_SubstanceUseDiagnosisAsMainOrSecondary_ReferralGoesToTheFactTeam(string main, string secondary)
    {
        var id = await AssessAsync(Assessment(main, secondary));

        var referral = await _host.TaskAsync(id, "receiveReferral");
        Assert.Equal(["fact-team"], referral.CandidateGroupList);
        Assert.Equal(_host.Clock.GetUtcNow().AddDays(14), referral.DueAt);
        Assert.Empty(await _host.NotificationsAsync("petra", NotificationKind.Info));
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Referral_AnsweredByTheFactTeam_ReferrerIsTold()
    {
        var id = await AssessAsync(Assessment("F20.0", "F10.2"));

        await _host.CompleteAsync(id, "receiveReferral", new Dictionary<string, object?>
        {
            ["admitted"] = true,
            ["decisionComment"] = "Skrivs in; samordnare i kommunen utses vid morgonmötet.",
        }, user: "farid");

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        var told = Assert.Single(await _host.NotificationsAsync("petra", NotificationKind.Info));
        Assert.Equal("FACT-teamet har besvarat remissen", told.Title);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Assess_DepressionOnly_NotEligibleWithTheReasonRecordedAndTold()
    {
        var id = await AssessAsync(Assessment("F32.1", "", severity: "ingen"));

        var instance = await _host.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.DoesNotContain(await _host.HistoryAsync(id), h => h.ElementId == "receiveReferral");
        var eligibility = Assert.IsType<Dictionary<string, object?>>(instance.Variables["eligibility"], exactMatch: false);
        Assert.Equal(false, eligibility["passed"]);
        Assert.Equal(["SubstanceUseDiagnosis", "ModerateOrSevere"], Assert.IsType<List<object?>>(eligibility["failedRules"], exactMatch: false));
        var told = Assert.Single(await _host.NotificationsAsync("petra", NotificationKind.Info));
        Assert.Equal(
            "Underlaget uppfyller inte kriterierna för FACT. Ingen diagnos för substansbrukssyndrom (F10–F19) som huvud- eller bidiagnos. Substansbrukssyndromet är inte måttligt eller svårt.",
            told.Body);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Assess_StableCourseWithoutCoordinationNeed_NotEligibleNamesBothReasons()
    {
        var assessment = Assessment("F20.0", "F10.2");
        assessment["alternatingCourse"] = false;
        assessment["needsCoordinatedInsatser"] = false;

        var id = await AssessAsync(assessment);

        var told = Assert.Single(await _host.NotificationsAsync("petra", NotificationKind.Info));
        Assert.Contains("Inte växlande stabila och akuta perioder.", told.Body);
        Assert.Contains("Inget behov av samordnade insatser.", told.Body);
        Assert.Empty(await _host.OpenTasksAsync(id));
    }

    public sealed class Sqlite() : FactTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : FactTests(StorageProvider.PostgreSql);
}
