using System.Net;
using System.Text.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Rules;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

/// <summary>Only changeDays and changeWait are changed here (see <see cref="RulesHostCollection"/>); the other seeds keep their values.</summary>
[Collection(RulesHostCollection.Name)]
public sealed class ParametersApiTests(RulesHost host)
{
    private readonly ApiClient _api = host.Api;

    [Fact]
    public async Task List_ReturnsEveryParameterWithItsValueKindAndDescription()
    {
        var list = await _api.GetAsync("/api/parameters");

        var byName = list.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("P14D", byName["reviewWait"].GetProperty("value").GetString());
        Assert.Equal("Duration", byName["reviewWait"].GetProperty("kind").GetString());
        Assert.Equal("Tid till påminnelse om bedömningen.", byName["reviewWait"].GetProperty("description").GetString());
        Assert.Equal(3, byName["kallelseDays"].GetProperty("value").GetInt32());
        Assert.Equal(["2025-W25..2025-W32"], byName["pauseWeeks"].GetProperty("value").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(["polis", "region"], byName["parties"].GetProperty("value").EnumerateArray().Select(w => w.GetString()));
        var seeded = byName["pauseReply"].GetProperty("setBy");
        Assert.Equal("seed", seeded.GetProperty("changedBy").GetString());
        Assert.Equal(JsonValueKind.Null, seeded.GetProperty("effectiveFrom").ValueKind);
        Assert.Equal(RulesHost.Start, byName["pauseReply"].GetProperty("asOf").GetDateTimeOffset());
    }

    [Fact]
    public async Task Get_ReturnsValueKindDescriptionAndHistory()
    {
        var parameter = await _api.GetAsync("/api/parameters/pauseReply");

        Assert.Equal("pauseReply", parameter.GetProperty("name").GetString());
        Assert.Equal("Text", parameter.GetProperty("kind").GetString());
        Assert.Equal("Svaret under en paus.", parameter.GetProperty("description").GetString());
        Assert.Equal("Pausat.", parameter.GetProperty("value").GetString());
        var seed = Assert.Single(parameter.GetProperty("history").EnumerateArray());
        Assert.Equal("seed", seed.GetProperty("changedBy").GetString());
        Assert.Equal(JsonValueKind.Null, seed.GetProperty("oldValue").ValueKind);
        Assert.Equal(parameter.GetProperty("setBy").GetProperty("id").GetInt64(), seed.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Change_ValidValue_Returns200WithTheChange_AndTheHistoryShowsIt()
    {
        var before = await _api.GetAsync("/api/parameters/changeDays");
        var value = before.GetProperty("value").GetInt32() + 1;

        var response = await _api.ChangeParameterAsync("changeDays", new { value, changedBy = "någon annan", reason = "Fler dagar behövs" });

        var change = await ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("changeDays", change.GetProperty("name").GetString());
        Assert.Equal(value, change.GetProperty("value").GetInt32());
        Assert.Equal(value - 1, change.GetProperty("oldValue").GetInt32());
        Assert.Equal(DemoUsers.Chef.Email, change.GetProperty("changedBy").GetString());
        Assert.Equal("Fler dagar behövs", change.GetProperty("reason").GetString());
        Assert.Equal(RulesHost.Start, change.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal(RulesHost.Start, change.GetProperty("effectiveFrom").GetDateTimeOffset());
        var after = await _api.GetAsync("/api/parameters/changeDays");
        Assert.Equal(value, after.GetProperty("value").GetInt32());
        Assert.Equal(before.GetProperty("history").GetArrayLength() + 1, after.GetProperty("history").GetArrayLength());
        Assert.Equal(change.GetProperty("id").GetInt64(), after.GetProperty("history").EnumerateArray().Last().GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Change_EffectiveLater_HoldsFromThenOnly()
    {
        var now = (await _api.GetAsync("/api/parameters/changeWait")).GetProperty("value").GetString();

        var change = await ExpectAsync(await _api.ChangeParameterAsync("changeWait",
            new { value = "P45D", changedBy = "chef", reason = "Nytt beslut från nyår", effectiveFrom = "2030-01-01" }), HttpStatusCode.OK);

        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), change.GetProperty("effectiveFrom").GetDateTimeOffset());
        Assert.Equal(now, (await _api.GetAsync("/api/parameters/changeWait")).GetProperty("value").GetString());
        Assert.Equal(now, (await _api.GetAsync("/api/parameters/changeWait?asOf=2029-12-31T23:59:59%2B01:00")).GetProperty("value").GetString());
        Assert.Equal("P45D", (await _api.GetAsync("/api/parameters/changeWait?asOf=2030-01-01")).GetProperty("value").GetString());
        var later = await _api.GetAsync("/api/parameters?asOf=2030-06-01T12:00:00");
        Assert.Equal("P45D", Assert.Single(later.EnumerateArray(), p => p.GetProperty("name").GetString() == "changeWait").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("reviewWait", "\"fourteen days\"")]
    [InlineData("kallelseDays", "-1")]
    [InlineData("kallelseDays", "\"3\"")]
    [InlineData("pauseWeeks", "[\"2025-W60..2025-W61\"]")]
    [InlineData("parties", "\"polis\"")]
    [InlineData("reminderShare", "\"half\"")]
    [InlineData("pauseReply", "null")]
    public async Task Change_ValueThatDoesNotFitTheKind_Returns422NamingTheValue_AndChangesNothing(string name, string value)
    {
        var body = RawJson($$"""{ "value": {{value}}, "changedBy": "chef", "reason": "Prov" }""");

        var problem = await ExpectProblemAsync(await _api.Http.PutAsync($"/api/parameters/{name}", body), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("value", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        Assert.Contains(name, problem.GetProperty("detail").GetString());
        Assert.Single((await _api.GetAsync($"/api/parameters/{name}")).GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task Change_WithoutWhy_Returns422NamingTheReason()
    {
        var before = await _api.GetAsync("/api/parameters/changeDays");

        var problem = await ExpectProblemAsync(await _api.ChangeParameterAsync("changeDays", new { value = 5, changedBy = " " }),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["reason"], Errors(problem).Select(e => e.GetProperty("field").GetString()));
        var after = await _api.GetAsync("/api/parameters/changeDays");
        Assert.Equal(before.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Change_UnknownParameter_Returns404Problem()
    {
        var problem = await ExpectProblemAsync(await _api.ChangeParameterAsync("noSuchParameter", new { value = 1, changedBy = "chef", reason = "Prov" }),
            HttpStatusCode.NotFound);

        Assert.Contains("noSuchParameter", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_UnknownParameter_Returns404Problem()
    {
        await ExpectProblemAsync(await _api.Http.GetAsync("/api/parameters/noSuchParameter"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Change_WithoutValue_Returns400NamingIt()
    {
        var problem = await ExpectProblemAsync(await _api.ChangeParameterAsync("changeDays", new { changedBy = "chef", reason = "Prov" }),
            HttpStatusCode.BadRequest);

        Assert.Contains("value", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Change_BadEffectiveFrom_Returns400NamingIt()
    {
        var problem = await ExpectProblemAsync(await _api.ChangeParameterAsync("changeDays",
            new { value = 5, changedBy = "chef", reason = "Prov", effectiveFrom = "snart" }), HttpStatusCode.BadRequest);

        Assert.Contains("effectiveFrom", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/parameters?asOf=igår")]
    [InlineData("/api/parameters/changeDays?asOf=igår")]
    public async Task Get_BadAsOf_Returns400NamingIt(string url)
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Contains("asOf", problem.GetProperty("detail").GetString());
    }
}
