using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class DefinitionsApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Deploy_ValidFile_Returns201WithKeyVersionIdAndLocation()
    {
        var process = new TestProcess("Review.bpmn");

        var response = await _api.DeployAsync(process.Xml);

        var body = await ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(process.Name("api_review"), body.GetProperty("key").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.True(Guid.TryParse(body.GetProperty("id").GetString(), out _));
        Assert.True(body.GetProperty("created").GetBoolean());
        Assert.Equal($"/api/definitions/{process.Name("api_review")}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Deploy_SameFileAgain_Returns200WithTheExistingVersion()
    {
        var process = await _api.DeployAsync(new TestProcess("Review.bpmn"));
        var first = await _api.GetAsync($"/api/definitions/{process.Name("api_review")}");

        var again = await ExpectAsync(await _api.DeployAsync(process.Xml, "text/xml"), HttpStatusCode.OK);

        Assert.Equal(1, again.GetProperty("version").GetInt32());
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(first[0].GetProperty("id").GetString(), again.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Deploy_ChangedFile_Returns201WithTheNextVersion()
    {
        var process = await _api.DeployAsync(new TestProcess("Review.bpmn"));

        var changed = process.Xml.Replace("Review the application", "Review the application again");
        var body = await ExpectAsync(await _api.DeployAsync(changed), HttpStatusCode.Created);

        Assert.Equal(2, body.GetProperty("version").GetInt32());
        var versions = await _api.GetAsync($"/api/definitions/{process.Name("api_review")}");
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Deploy_InvalidFile_Returns422WithLocatedErrorsAndDeploysNothing()
    {
        var process = new TestProcess("Invalid.bpmn");

        var problem = await ExpectProblemAsync(await _api.DeployAsync(process.Xml), HttpStatusCode.UnprocessableEntity);

        var error = Assert.Single(Errors(problem));
        Assert.Equal("Flow_Broken", error.GetProperty("elementId").GetString());
        Assert.Equal(8, error.GetProperty("line").GetInt32());
        Assert.Contains("Nowhere", error.GetProperty("message").GetString());
        Assert.Equal("unknown-flow-target", error.GetProperty("code").GetString());
        await ExpectProblemAsync(await _api.Http.GetAsync($"/api/definitions/{process.Name("api_invalid")}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deploy_NotXml_Returns422WithTheLine()
    {
        var problem = await ExpectProblemAsync(await _api.DeployAsync("<bpmn:definitions\n<oops"), HttpStatusCode.UnprocessableEntity);

        var error = Assert.Single(Errors(problem));
        Assert.Equal("definitions", error.GetProperty("elementId").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal("unreadable-xml", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Deploy_WrongContentType_Returns415()
    {
        var process = new TestProcess("Review.bpmn");

        var problem = await ExpectProblemAsync(await _api.DeployAsync(process.Xml, "application/json"), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deploy_EmptyBody_Returns400()
    {
        await ExpectProblemAsync(await _api.DeployAsync("  \n"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deploy_OverTheSizeLimit_Returns413()
    {
        var huge = "<x>" + new string(' ', 10_000_001) + "</x>";

        await ExpectProblemAsync(await _api.DeployAsync(huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task List_AfterDeploys_ShowsEachKeyOnceWithItsLatestVersion()
    {
        var process = await _api.DeployAsync(new TestProcess("Review.bpmn"));
        await ExpectAsync(await _api.DeployAsync(process.Xml.Replace("Review the application", "Changed")), HttpStatusCode.Created);

        var list = await _api.GetAsync("/api/definitions");

        var mine = Assert.Single(list.EnumerateArray(), d => d.GetProperty("key").GetString() == process.Name("api_review"));
        Assert.Equal(2, mine.GetProperty("latestVersion").GetInt32());
        Assert.Equal(2, mine.GetProperty("versions").GetInt32());
        Assert.Equal("Review an application", mine.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Xml_GivenVersion_ReturnsThatVersionsXml()
    {
        var process = await _api.DeployAsync(new TestProcess("Review.bpmn"));
        await _api.DeployAsync(process.Xml.Replace("Review the application", "Changed"));
        var key = process.Name("api_review");

        var first = await _api.Http.GetAsync($"/api/definitions/{key}/xml?version=1");
        var latest = await _api.Http.GetAsync($"/api/definitions/{key}/xml");

        Assert.Equal("application/xml", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(process.Xml, await first.Content.ReadAsStringAsync());
        Assert.Contains("Changed", await latest.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Xml_UnknownVersionOrKey_Returns404()
    {
        var process = await _api.DeployAsync(new TestProcess("Review.bpmn"));

        var problem = await ExpectProblemAsync(await _api.Http.GetAsync($"/api/definitions/{process.Name("api_review")}/xml?version=9"), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _api.Http.GetAsync("/api/definitions/no_such_process/xml"), HttpStatusCode.NotFound);

        Assert.Contains("no version 9", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Xml_VersionNotANumber_Returns400NamingTheParameter()
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync("/api/definitions/any/xml?version=latest"), HttpStatusCode.BadRequest);

        Assert.Contains("\"version\"", problem.GetProperty("detail").GetString());
    }
}
