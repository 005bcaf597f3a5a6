using System.Net;
using System.Text.Json;
using Samverkan.Host.Tests.Api;
using static Samverkan.Host.Tests.Api.ApiClient;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Cases;

/// <summary>What the case endpoints accept: valid personnummer only, exact search only, free text stored as it came.</summary>
public abstract class CaseInputTests(CasesHost host)
{
    private readonly CaseScenario _s = new(host);

    [ProviderTheory]
    [InlineData("19121212-1213")] // wrong check digit
    [InlineData("191212121213")]
    [InlineData("121212-1212")] // ten digits
    [InlineData("19121312-1212")] // month 13
    [InlineData("1912121212AB")]
    [InlineData("19121212--1212")]
    [InlineData("")]
    public async Task CreateCase_InvalidPersonnummer_Returns422NamingTheField(string personnummer)
    {
        var response = await _s.UserOfA.Http.PostAsync("/api/cases",
            RawJson($$$"""{"organisations": ["{{{_s.A}}}"], "person": {"personnummer": "{{{personnummer}}}"}}"""));

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(Errors(problem));
        Assert.Equal("person.personnummer", error.GetProperty("field").GetString());
        if (personnummer.Length > 0)
        {
            Assert.DoesNotContain(personnummer, problem.GetRawText());
        }
    }

    [ProviderTheory]
    [InlineData("19121212-1212")]
    [InlineData("191212121212")]
    [InlineData("19121272-1219")] // samordningsnummer: day + 60
    public async Task CreateCase_ValidForms_AreAccepted(string personnummer)
    {
        var created = await _s.CreateCaseAsync(_s.UserOfA, [_s.A], personnummer);

        // The registering organisation reads its own record: the answer shows the individual as registered.
        Assert.True(created.GetProperty("identified").GetBoolean());
        Assert.Equal(personnummer.Replace("-", "")[..8], created.GetProperty("person").GetProperty("personnummer").GetString()![..8]);
    }

    [ProviderFact]
    public async Task FindCases_ExactPersonnummer_FindsTheCasesTheUserMaySee()
    {
        var visible = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        await _s.GiveConsentAsync(_s.UserOfA, visible, [_s.A]);
        // B's own case: A takes no part in it, so A's search leaves it out; B registered it and finds it.
        var hidden = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.B]);

        var byA = await _s.UserOfA.GetAsync($"/api/cases?personnummer={_s.Personnummer}");
        var byAWithoutDash = await _s.UserOfA.GetAsync($"/api/cases?personnummer={_s.Personnummer.Replace("-", "")}");
        var byB = await _s.UserOfB.GetAsync($"/api/cases?personnummer={_s.Personnummer}");

        var found = Assert.Single(byA.EnumerateArray());
        Assert.Equal(visible, found.GetProperty("id").GetString());
        Assert.Equal(_s.Personnummer, found.GetProperty("person").GetProperty("personnummer").GetString());
        Assert.Equal(visible, Assert.Single(byAWithoutDash.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(hidden, Assert.Single(byB.EnumerateArray()).GetProperty("id").GetString());
        Assert.NotEqual(visible, hidden);
    }

    [ProviderTheory]
    [InlineData(8)] // the date of birth
    [InlineData(11)]
    [InlineData(4)]
    public async Task FindCases_PartOfAPersonnummer_Returns422AndNothing(int length)
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);

        var problem = await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases?personnummer={_s.Personnummer[..length]}"),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal("personnummer", Assert.Single(Errors(problem)).GetProperty("field").GetString());
    }

    [ProviderFact]
    public async Task FindCases_ByNameOrWithoutPersonnummer_Returns400()
    {
        await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases?name={_s.Name}"), HttpStatusCode.BadRequest);
    }

    [ProviderFact]
    public async Task FindCases_Anonymous_Returns401()
    {
        await ExpectProblemAsync(await host.As(null).Http.GetAsync($"/api/cases?personnummer={_s.Personnummer}"), HttpStatusCode.Unauthorized);
    }

    [ProviderFact]
    public async Task CreateCase_Anonymous_Returns401()
    {
        await ExpectProblemAsync(await host.As(null).Http.PostAsync("/api/cases", RawJson("""{"organisations": ["kommun"]}""")), HttpStatusCode.Unauthorized);
    }

    [ProviderTheory]
    [InlineData("""{"organisations": []}""", "organisations")]
    [InlineData("""{"organisations": ["  "]}""", "organisations[0]")]
    [InlineData("""{"organisations": ["k"], "title": "Gäller 19121212-1212"}""", "title")]
    public async Task CreateCase_BadField_Returns422NamingIt(string body, string field)
    {
        var response = await _s.UserOfA.Http.PostAsync("/api/cases", RawJson(body));

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(field, Assert.Single(Errors(problem)).GetProperty("field").GetString());
    }

    [ProviderFact]
    public async Task FreeText_SqlLookingStrings_AreStoredVerbatimAndHarmless()
    {
        const string title = "x'); DROP TABLE \"Cases\"; --";
        const string name = "Robert'); DELETE FROM \"CasePersons\"; --";
        const string category = "' OR '1'='1";
        var created = await _s.CreateCaseAsync(_s.UserOfA, [_s.A, "' OR 1=1 --"], _s.Personnummer, name, title);
        var caseId = created.GetProperty("id").GetString()!;
        var consent = await _s.UserOfA.PostAsync($"/api/cases/{caseId}/consents", new
        {
            recipients = new[] { _s.A },
            categories = new[] { category },
            validTo = host.Clock.GetUtcNow().AddYears(1),
            givenBy = "Self",
        }, HttpStatusCode.Created);

        var seen = await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        var another = await _s.CreateCaseAsync(_s.UserOfB, [_s.B]);

        Assert.Equal(title, seen.GetProperty("title").GetString());
        Assert.Equal(name, seen.GetProperty("person").GetProperty("name").GetString());
        Assert.Contains("' OR 1=1 --", seen.GetProperty("organisations").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal([category], consent.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.String, another.GetProperty("id").ValueKind);
        await using var db = host.Db();
        Assert.True(db.Cases.Count() >= 2);
        Assert.True(db.Persons.Any());
    }

    [ProviderFact]
    public async Task GiveConsent_MinorBySelf_Returns422OnGivenBy()
    {
        var minor = TestPersonnummer.WithCheckDigit(host.Clock.GetUtcNow().AddYears(-10).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "123");
        var caseId = (await _s.CreateCaseAsync(_s.UserOfA, [_s.A], minor)).GetProperty("id").GetString()!;

        var bySelf = await _s.UserOfA.Http.PostAsync($"/api/cases/{caseId}/consents", RawJson($$"""
            {"recipients": ["{{_s.A}}"], "categories": ["SIP"], "validTo": "{{host.Clock.GetUtcNow().AddYears(1):O}}", "givenBy": "Self"}
            """));
        var byGuardian = await _s.UserOfA.Http.PostAsync($"/api/cases/{caseId}/consents", RawJson($$"""
            {"recipients": ["{{_s.A}}"], "categories": ["SIP"], "validTo": "{{host.Clock.GetUtcNow().AddYears(1):O}}", "givenBy": "Guardian"}
            """));

        var problem = await ExpectProblemAsync(bySelf, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("givenBy", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        await ExpectAsync(byGuardian, HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task GiveConsent_Refusals_AreProblems()
    {
        var deIdentified = (await _s.CreateCaseAsync(_s.UserOfA, [_s.A])).GetProperty("id").GetString()!;
        var identified = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        string Body(string validTo) => $$"""{"recipients": ["{{_s.A}}"], "categories": ["SIP"], "validTo": "{{validTo}}", "givenBy": "Self"}""";
        var future = host.Clock.GetUtcNow().AddYears(1).ToString("O");

        await ExpectProblemAsync(await _s.UserOfA.Http.PostAsync($"/api/cases/{deIdentified}/consents", RawJson(Body(future))), HttpStatusCode.Conflict);
        await ExpectProblemAsync(await _s.UserOfB.Http.PostAsync($"/api/cases/{identified}/consents", RawJson(Body(future))), HttpStatusCode.Forbidden);
        await ExpectProblemAsync(await host.As(null).Http.PostAsync($"/api/cases/{identified}/consents", RawJson(Body(future))), HttpStatusCode.Unauthorized);
        await ExpectProblemAsync(await _s.UserOfA.Http.PostAsync($"/api/cases/{Guid.NewGuid()}/consents", RawJson(Body(future))), HttpStatusCode.NotFound);
        var past = await ExpectProblemAsync(await _s.UserOfA.Http.PostAsync($"/api/cases/{identified}/consents",
            RawJson(Body(host.Clock.GetUtcNow().AddDays(-1).ToString("O")))), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("validTo", Assert.Single(Errors(past)).GetProperty("field").GetString());
        await ExpectProblemAsync(await _s.UserOfA.Http.PostAsync($"/api/cases/{identified}/consents",
            RawJson($$"""{"recipients": ["{{_s.A}}"], "validTo": "{{future}}", "givenBy": "Self"}""")), HttpStatusCode.BadRequest);
    }

    [ProviderFact]
    public async Task GetCase_UnknownId_Returns404_AndForeignTask_Returns422()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);

        await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        var problem = await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases/{caseId}?taskId={Guid.NewGuid()}"),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("taskId", Assert.Single(Errors(problem)).GetProperty("field").GetString());
    }

    public sealed class Sqlite(CasesHost host) : CaseInputTests(host), IClassFixture<CasesHost>;

    [NeedsPostgreSql]
    public sealed class PostgreSql(CasesHost.OnPostgreSql host) : CaseInputTests(host), IClassFixture<CasesHost.OnPostgreSql>;
}
