using System.Net;
using System.Text.Json;
using static Samverkan.Host.Tests.Api.ApiClient;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Cases;

/// <summary>
/// Who sees the individual of a case: participation AND either having registered it or a consent that holds now and
/// names the organisation.
/// </summary>
public abstract class CaseVisibilityTests(CasesHost host)
{
    private readonly CaseScenario _s = new(host);

    [ProviderFact]
    public async Task GetCase_OtherOrganisationsCase_IsDeIdentified()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.B]);

        var seenByA = await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        var seenByB = await CaseScenario.ReadAsync(_s.UserOfB, caseId);

        AssertDeIdentified(seenByA);
        Assert.True(seenByB.GetProperty("identified").GetBoolean());
        Assert.Equal(seenByB.GetProperty("reference").GetString(), seenByA.GetProperty("reference").GetString());
    }

    [ProviderFact]
    public async Task GetCase_ConsentNamesAButATakesNoPart_IsDeIdentified()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.A, _s.B]);

        AssertDeIdentified(await CaseScenario.ReadAsync(_s.UserOfA, caseId));
    }

    [ProviderFact]
    public async Task GetCase_ATakesPartWithoutConsent_IsDeIdentified()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.A, _s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.B]);

        AssertDeIdentified(await CaseScenario.ReadAsync(_s.UserOfA, caseId));
    }

    [ProviderFact]
    public async Task GetCase_ConsentNamingA_IsIdentifiedForA()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.A, _s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.A]);

        var seen = await CaseScenario.ReadAsync(_s.UserOfA, caseId);

        Assert.True(seen.GetProperty("identified").GetBoolean());
        var person = seen.GetProperty("person");
        Assert.Equal(_s.Personnummer, person.GetProperty("personnummer").GetString());
        Assert.Equal(_s.Name, person.GetProperty("name").GetString());
        Assert.Equal(_s.Personnummer[..4] + "-" + _s.Personnummer[4..6] + "-" + _s.Personnummer[6..8], person.GetProperty("birthDate").GetString());
        Assert.InRange(person.GetProperty("age").GetInt32(), 18, 90);
    }

    [ProviderFact]
    public async Task WithdrawConsent_NextReadByA_IsDeIdentifiedAtOnce()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.A, _s.B]);
        var consentId = await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.A]);
        Assert.True((await CaseScenario.ReadAsync(_s.UserOfA, caseId)).GetProperty("identified").GetBoolean());

        var withdrawn = await _s.UserOfB.PostAsync($"/api/consents/{consentId}/withdraw", new { });
        var after = await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        var search = await _s.UserOfA.GetAsync($"/api/cases?personnummer={_s.Personnummer}");

        Assert.False(withdrawn.GetProperty("holds").GetBoolean());
        Assert.Equal("bo", withdrawn.GetProperty("withdrawnBy").GetString());
        AssertDeIdentified(after);
        Assert.Empty(search.EnumerateArray());
    }

    [ProviderFact]
    public async Task WithdrawConsent_Twice_Returns409()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        var consentId = await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);
        await _s.UserOfA.PostAsync($"/api/consents/{consentId}/withdraw", new { });

        await Api.ApiClient.ExpectProblemAsync(await _s.UserOfA.Http.PostAsync($"/api/consents/{consentId}/withdraw", null), HttpStatusCode.Conflict);
    }

    [ProviderFact]
    public async Task GetCase_ConsentOutsideItsValidity_IsDeIdentified()
    {
        var now = host.Clock.GetUtcNow();
        // Registered by B: A takes part and sees the individual only while a consent naming A holds.
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.A, _s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.A], validFrom: now.AddDays(1), validTo: now.AddDays(3));

        var before = await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        host.Clock.Advance(TimeSpan.FromDays(2));
        var during = await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        host.Clock.Advance(TimeSpan.FromDays(1));
        var after = await CaseScenario.ReadAsync(_s.UserOfA, caseId);

        AssertDeIdentified(before);
        Assert.True(during.GetProperty("identified").GetBoolean());
        AssertDeIdentified(after);
    }

    [ProviderFact]
    public async Task GetCase_Anonymous_IsUnauthorized()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);

        await ExpectProblemAsync(await host.As(null).Http.GetAsync($"/api/cases/{caseId}"), HttpStatusCode.Unauthorized);
    }

    [ProviderFact]
    public async Task GetCase_RaisedDeIdentified_LooksLikeAHiddenOne()
    {
        var created = await _s.CreateCaseAsync(_s.UserOfA, [_s.A], title: "Samverkansproblem kring hemtjänst");

        var seen = await CaseScenario.ReadAsync(_s.UserOfA, created.GetProperty("id").GetString()!);

        AssertDeIdentified(seen);
        Assert.Equal("Samverkansproblem kring hemtjänst", seen.GetProperty("title").GetString());
    }

    [ProviderFact]
    public async Task ListConsents_OrganisationTakingNoPart_Returns403()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.B]);

        var listed = await _s.UserOfB.GetAsync($"/api/cases/{caseId}/consents");
        await Api.ApiClient.ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases/{caseId}/consents"), HttpStatusCode.Forbidden);

        var consent = Assert.Single(listed.EnumerateArray());
        Assert.Equal([_s.B], consent.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.True(consent.GetProperty("holds").GetBoolean());
    }

    [ProviderFact]
    public async Task GetCase_RegisteringOrganisationWithoutConsent_IsIdentifiedAndOthersAreNot()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A, _s.B]);

        var byA = await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        var byB = await CaseScenario.ReadAsync(_s.UserOfB, caseId);

        Assert.True(byA.GetProperty("identified").GetBoolean());
        Assert.Equal(_s.A, byA.GetProperty("registeredBy").GetString());
        AssertDeIdentified(byB);
    }

    [ProviderFact]
    public async Task WithdrawConsent_RegisteringOrganisation_KeepsItsOwnRecord()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A, _s.B]);
        var consentId = await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A, _s.B]);
        Assert.True((await CaseScenario.ReadAsync(_s.UserOfB, caseId)).GetProperty("identified").GetBoolean());

        await _s.UserOfA.PostAsync($"/api/consents/{consentId}/withdraw", new { });

        Assert.True((await CaseScenario.ReadAsync(_s.UserOfA, caseId)).GetProperty("identified").GetBoolean());
        AssertDeIdentified(await CaseScenario.ReadAsync(_s.UserOfB, caseId));
    }

    internal static void AssertDeIdentified(JsonElement seen)
    {
        Assert.False(seen.GetProperty("identified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("person").ValueKind);
        Assert.StartsWith("AV-", seen.GetProperty("reference").GetString());
        var json = seen.GetRawText();
        Assert.DoesNotContain("Tolvan", json);
        Assert.DoesNotContain("personnummer", json);
    }

    public sealed class Sqlite(CasesHost host) : CaseVisibilityTests(host), IClassFixture<CasesHost>;

    [NeedsPostgreSql]
    public sealed class PostgreSql(CasesHost.OnPostgreSql host) : CaseVisibilityTests(host), IClassFixture<CasesHost.OnPostgreSql>;
}
