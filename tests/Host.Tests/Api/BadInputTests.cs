using System.Net;
using System.Text;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

/// <summary>Whatever arrives, the answer is a 4xx problem document, never a 500.</summary>
[Collection(HostCollection.Name)]
public sealed class BadInputTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string> Requests()
    {
        string[] urls =
        [
            "/api/definitions/any/instances", "/api/tasks/{0}/claim", "/api/tasks/{0}/unclaim", "/api/tasks/{0}/complete",
            "/api/messages", "/api/signals", "/api/external-tasks/fetch-and-lock", "/api/external-tasks/{0}/complete",
            "/api/external-tasks/{0}/failure", "/api/external-tasks/{0}/bpmn-error", "/api/incidents/{0}/retry",
        ];
        string[] bodies = ["", "null", "[]", "{", "\"text\"", "{\"variables\": 5}", "{\"name\": {\"a\": 1}}", "{\"workerId\": []}", new string('[', 100) + new string(']', 100)];
        var data = new TheoryData<string, string>();
        foreach (var url in urls)
        {
            foreach (var body in bodies)
            {
                data.Add(url, body);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Post_AnyMalformedBody_IsAProblemNotAServerError(string url, string body)
    {
        var response = await _api.Http.PostAsync(string.Format(url, Guid.NewGuid()), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 400, 499);
        await ExpectProblemAsync(response, response.StatusCode);
    }

    [Fact]
    public async Task Delete_MalformedBody_Returns400Problem()
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/instances/{Guid.NewGuid()}") { Content = RawJson("{\"reason\": ") };

        await ExpectProblemAsync(await _api.Http.SendAsync(request), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        await ExpectProblemAsync(await _api.Http.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        await ExpectProblemAsync(await _api.Http.PutAsync("/api/messages", RawJson("{}")), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task JsonEndpoint_GivenXml_Returns415Problem()
    {
        await ExpectProblemAsync(await _api.Http.PostAsync("/api/messages", Xml("<message/>")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Problem_CarriesATraceId()
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync($"/api/tasks/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }
}
