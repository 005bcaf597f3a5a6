using System.Net;
using System.Text;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Host.Tests.Rules;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(RulesHostCollection.Name)]
public sealed class RuleSetsApiTests(RulesHost host)
{
    private const string OldEnough = "Calendar.Age(input.dateOfBirth, now) >= params.minimumAge";

    private readonly ApiClient _api = host.Api;

    [Fact]
    public async Task Save_NewRuleSet_Returns201WithVersion1AndLocation()
    {
        var ruleSet = new TestRuleSet();

        var response = await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json, comment: "Första versionen");

        var body = await ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(ruleSet.Name, body.GetProperty("name").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.True(body.GetProperty("created").GetBoolean());
        Assert.Equal(DemoUsers.Designer.Email, body.GetProperty("savedBy").GetString());
        Assert.Equal("Första versionen", body.GetProperty("comment").GetString());
        Assert.Equal(RulesHost.Start, body.GetProperty("savedAt").GetDateTimeOffset());
        Assert.Equal($"/api/rule-sets/{ruleSet.Name}/versions/1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Save_SameContentAgain_Returns200WithTheSameVersion()
    {
        var ruleSet = new TestRuleSet();
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json), HttpStatusCode.Created);

        var again = await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json, "someone else"), HttpStatusCode.OK);

        Assert.Equal(1, again.GetProperty("version").GetInt32());
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(DemoUsers.Designer.Email, again.GetProperty("savedBy").GetString());
    }

    [Fact]
    public async Task Save_ChangedContent_Returns201WithTheNextVersion_AndKeepsTheOldOne()
    {
        var ruleSet = new TestRuleSet();
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json), HttpStatusCode.Created);

        var changed = ruleSet.Json.Replace("Personen är yngre än lägsta åldern.", "För ung.", StringComparison.Ordinal);
        var body = await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, changed), HttpStatusCode.Created);

        Assert.Equal(2, body.GetProperty("version").GetInt32());
        var versions = await _api.GetAsync($"/api/rule-sets/{ruleSet.Name}/versions");
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var first = await _api.GetAsync($"/api/rule-sets/{ruleSet.Name}/versions/1");
        Assert.Equal("Personen är yngre än lägsta åldern.", ErrorMessage(first));
        Assert.Equal("För ung.", ErrorMessage(await _api.GetAsync($"/api/rule-sets/{ruleSet.Name}")));
    }

    [Fact]
    public async Task Save_WithoutWorkflowName_TakesTheNameFromTheUrl()
    {
        var ruleSet = new TestRuleSet();

        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Unnamed), HttpStatusCode.Created);

        var saved = await _api.GetAsync($"/api/rule-sets/{ruleSet.Name}");
        Assert.Equal(ruleSet.Name, saved.GetProperty("content").GetProperty("WorkflowName").GetString());
    }

    [Fact]
    public async Task Save_OtherWorkflowNameThanTheUrl_Returns422AndSavesNothing()
    {
        var ruleSet = new TestRuleSet();
        var other = new TestRuleSet();

        var problem = await ExpectProblemAsync(await _api.SaveRuleSetAsync(other.Name, ruleSet.Json), HttpStatusCode.UnprocessableEntity);

        var error = Assert.Single(Errors(problem));
        Assert.Contains(ruleSet.Name, error.GetProperty("message").GetString());
        Assert.Equal("rule-set-name-mismatch", error.GetProperty("code").GetString());
        await ExpectProblemAsync(await _api.Http.GetAsync($"/api/rule-sets/{other.Name}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Save_ExpressionThatDoesNotCompile_Returns422NamingTheRuleAndTheCompilersMessage()
    {
        var ruleSet = new TestRuleSet();
        var broken = ruleSet.Json.Replace(OldEnough, "Calendar.Age(input.dateOfBirth, now) >= params.noSuchParameter", StringComparison.Ordinal);

        var problem = await ExpectProblemAsync(await _api.SaveRuleSetAsync(ruleSet.Name, broken), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("The rule set cannot be saved", problem.GetProperty("title").GetString());
        var error = Errors(problem)[0];
        Assert.Equal("OldEnough", error.GetProperty("rule").GetString());
        Assert.Contains("noSuchParameter", error.GetProperty("message").GetString());
        Assert.Equal("expression-does-not-parse", error.GetProperty("code").GetString());
        await ExpectProblemAsync(await _api.Http.GetAsync($"/api/rule-sets/{ruleSet.Name}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Save_FailingSample_Returns422NamingTheSampleAndWhatItGot()
    {
        var ruleSet = new TestRuleSet();
        var wrong = ruleSet.Json.Replace("\"passed\": true, \"group\": \"vuxen\"", "\"passed\": true, \"group\": \"barn\"", StringComparison.Ordinal);

        var problem = await ExpectProblemAsync(await _api.SaveRuleSetAsync(ruleSet.Name, wrong), HttpStatusCode.UnprocessableEntity);

        var error = Assert.Single(Errors(problem));
        Assert.Equal("Arton år", error.GetProperty("sample").GetString());
        Assert.Contains("\"vuxen\"", error.GetProperty("message").GetString());
        Assert.Equal("expected-part-differs", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Save_ForbiddenCall_Returns422NamingTheRule()
    {
        var ruleSet = new TestRuleSet();
        var forbidden = ruleSet.Json.Replace(OldEnough, "input.GetType().Name != \\\"\\\"", StringComparison.Ordinal);

        var problem = await ExpectProblemAsync(await _api.SaveRuleSetAsync(ruleSet.Name, forbidden), HttpStatusCode.UnprocessableEntity);

        var error = Errors(problem)[0];
        Assert.Equal("OldEnough", error.GetProperty("rule").GetString());
        Assert.Contains("GetType", error.GetProperty("message").GetString());
        Assert.Equal("expression-not-allowed", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Save_SavedByInTheQueryOrLeftOut_RecordsTheSignedInUser()
    {
        var ruleSet = new TestRuleSet();

        var named = await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json, savedBy: "mallory"), HttpStatusCode.Created);
        var unnamed = await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json.Replace("lägsta", "minsta", StringComparison.Ordinal), savedBy: null),
            HttpStatusCode.Created);

        Assert.Equal(DemoUsers.Designer.Email, named.GetProperty("savedBy").GetString());
        Assert.Equal(DemoUsers.Designer.Email, unnamed.GetProperty("savedBy").GetString());
        var versions = await _api.GetAsync($"/api/rule-sets/{ruleSet.Name}/versions");
        Assert.All(versions.EnumerateArray(), v => Assert.Equal(DemoUsers.Designer.Email, v.GetProperty("savedBy").GetString()));
    }

    [Fact]
    public async Task Save_NotJson_Returns400WithTheLine()
    {
        var problem = await ExpectProblemAsync(await _api.SaveRuleSetAsync("Broken", "{\n  \"Rules\": [\n oops"), HttpStatusCode.BadRequest);

        Assert.Equal(3, Assert.Single(Errors(problem)).GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Save_NotARuleSet_Returns422()
    {
        var problem = await ExpectProblemAsync(await _api.SaveRuleSetAsync("Listed", "[1, 2]"), HttpStatusCode.UnprocessableEntity);

        var error = Assert.Single(Errors(problem));
        Assert.Contains("Not a rule-set file", error.GetProperty("message").GetString());
        Assert.Equal("not-a-rule-set-file", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Save_EmptyBody_Returns400()
    {
        await ExpectProblemAsync(await _api.SaveRuleSetAsync("Empty", "  "), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Save_WrongContentType_Returns415()
    {
        var ruleSet = new TestRuleSet();

        var response = await _api.Http.PutAsync($"/api/rule-sets/{ruleSet.Name}", new StringContent(ruleSet.Json, Encoding.UTF8, "text/plain"));

        await ExpectProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task List_ShowsTheLatestVersionOfEachRuleSet()
    {
        var ruleSet = new TestRuleSet();
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json), HttpStatusCode.Created);
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json + "\n\n"), HttpStatusCode.OK);
        var other = new ApiClient(host.CreateClient());
        other.Http.DefaultRequestHeaders.SignInAs("annan.designer@samverkan.test", "narvardskontoret", Roles.Processdesigner);
        await ExpectAsync(await other.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json.Replace("lägsta", "minsta", StringComparison.Ordinal)), HttpStatusCode.Created);

        var list = await _api.GetAsync("/api/rule-sets");

        var summary = Assert.Single(list.EnumerateArray(), r => r.GetProperty("name").GetString() == ruleSet.Name);
        Assert.Equal(2, summary.GetProperty("latestVersion").GetInt32());
        Assert.Equal("annan.designer@samverkan.test", summary.GetProperty("savedBy").GetString());
    }

    [Fact]
    public async Task Get_ReturnsTheContentAsJson()
    {
        var ruleSet = new TestRuleSet();
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json), HttpStatusCode.Created);

        var saved = await _api.GetAsync($"/api/rule-sets/{ruleSet.Name}");

        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        var content = saved.GetProperty("content");
        Assert.Equal("OldEnough", content.GetProperty("Rules")[0].GetProperty("RuleName").GetString());
        Assert.Equal(2, content.GetProperty("Samples").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/rule-sets/NoSuchRuleSet")]
    [InlineData("/api/rule-sets/NoSuchRuleSet/versions")]
    [InlineData("/api/rule-sets/NoSuchRuleSet/versions/1")]
    public async Task Get_UnknownRuleSet_Returns404Problem(string url)
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync(url), HttpStatusCode.NotFound);

        Assert.Contains("NoSuchRuleSet", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetVersion_UnknownVersion_Returns404Problem()
    {
        var ruleSet = new TestRuleSet();
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json), HttpStatusCode.Created);

        var problem = await ExpectProblemAsync(await _api.Http.GetAsync($"/api/rule-sets/{ruleSet.Name}/versions/7"), HttpStatusCode.NotFound);

        Assert.Contains("no version 7", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Evaluate_PassingInput_ReturnsPassedRulesOutputsAndVersions()
    {
        var ruleSet = await SavedAsync();

        var outcome = await ExpectAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = new { dateOfBirth = "1990-05-17" } }), HttpStatusCode.OK);

        Assert.True(outcome.GetProperty("passed").GetBoolean());
        Assert.Equal(["OldEnough"], outcome.GetProperty("passedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(outcome.GetProperty("failedRules").EnumerateArray());
        Assert.Equal("vuxen", outcome.GetProperty("outputs").GetProperty("group").GetString());
        Assert.Equal(ruleSet.Name, outcome.GetProperty("ruleSet").GetString());
        Assert.Equal(1, outcome.GetProperty("ruleSetVersion").GetInt32());
        Assert.True(outcome.GetProperty("parametersVersion").GetInt64() > 0);
        Assert.Equal(RulesHost.Start, outcome.GetProperty("asOf").GetDateTimeOffset());
    }

    [Fact]
    public async Task Evaluate_FailingInput_IsA200NoWithTheReasons()
    {
        var ruleSet = await SavedAsync();

        var outcome = await ExpectAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = new { dateOfBirth = "2008-03-01" } }), HttpStatusCode.OK);

        Assert.False(outcome.GetProperty("passed").GetBoolean());
        Assert.Equal(["OldEnough"], outcome.GetProperty("failedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Personen är yngre än lägsta åldern."], outcome.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("ungdom", outcome.GetProperty("outputs").GetProperty("group").GetString());
    }

    [Fact]
    public async Task Evaluate_AsOfADate_ReckonsFromStockholmMidnightThen()
    {
        var ruleSet = await SavedAsync();

        var outcome = await ExpectAsync(
            await _api.EvaluateAsync(ruleSet.Name, new { input = new { dateOfBirth = "2008-03-01" }, asOf = "2026-03-01" }), HttpStatusCode.OK);

        Assert.True(outcome.GetProperty("passed").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), outcome.GetProperty("asOf").GetDateTimeOffset());
    }

    [Fact]
    public async Task Evaluate_OlderVersion_UsesThatVersion()
    {
        var ruleSet = await SavedAsync();
        var stricter = ruleSet.Json.Replace(OldEnough, "false", StringComparison.Ordinal)
            .Replace("\"passed\": true, \"group\": \"vuxen\"", "\"passed\": false, \"group\": \"ungdom\"", StringComparison.Ordinal);
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, stricter), HttpStatusCode.Created);
        var adult = new { dateOfBirth = "1990-05-17" };

        var latest = await ExpectAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = adult }), HttpStatusCode.OK);
        var first = await ExpectAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = adult, version = 1 }), HttpStatusCode.OK);

        Assert.False(latest.GetProperty("passed").GetBoolean());
        Assert.Equal(2, latest.GetProperty("ruleSetVersion").GetInt32());
        Assert.True(first.GetProperty("passed").GetBoolean());
        Assert.Equal(1, first.GetProperty("ruleSetVersion").GetInt32());
    }

    [Fact]
    public async Task Evaluate_RuleErrors_Returns422NamingTheRuleNotANo()
    {
        var ruleSet = await SavedAsync();

        var problem = await ExpectProblemAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = new { name = "no date of birth" } }),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal("The rule set could not be evaluated", problem.GetProperty("title").GetString());
        var error = Assert.Single(Errors(problem));
        Assert.Equal("OldEnough", error.GetProperty("rule").GetString());
        Assert.Contains("dateOfBirth", error.GetProperty("message").GetString());
        Assert.Equal("expression-does-not-parse", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Evaluate_UnknownRuleSetOrVersion_Returns404Problem()
    {
        var ruleSet = await SavedAsync();

        await ExpectProblemAsync(await _api.EvaluateAsync("NoSuchRuleSet", new { input = new { } }), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = new { }, version = 9 }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Evaluate_BadAsOf_Returns400NamingIt()
    {
        var ruleSet = await SavedAsync();

        var problem = await ExpectProblemAsync(await _api.EvaluateAsync(ruleSet.Name, new { input = new { }, asOf = "next tuesday" }), HttpStatusCode.BadRequest);

        Assert.Contains("asOf", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Evaluate_WithoutInput_Returns400NamingIt()
    {
        var ruleSet = await SavedAsync();

        var problem = await ExpectProblemAsync(await _api.EvaluateAsync(ruleSet.Name, new { asOf = "2025-09-01" }), HttpStatusCode.BadRequest);

        Assert.Contains("input", problem.GetProperty("detail").GetString());
    }

    private async Task<TestRuleSet> SavedAsync()
    {
        var ruleSet = new TestRuleSet();
        await ExpectAsync(await _api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json), HttpStatusCode.Created);
        return ruleSet;
    }

    private static string? ErrorMessage(System.Text.Json.JsonElement ruleSet) =>
        ruleSet.GetProperty("content").GetProperty("Rules")[0].GetProperty("ErrorMessage").GetString();
}
