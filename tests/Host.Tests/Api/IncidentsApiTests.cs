using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class IncidentsApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task FailedExpression_IsAnOpenIncidentOfTheInstance_AndRetryingUnfixedRaisesItAgain()
    {
        var key = (await _api.DeployAsync(new TestProcess("Review.bpmn"))).Name("api_review");
        // Without the variables its candidate group and due date need, the review task cannot be created.
        var instanceId = (await _api.StartAsync(key)).GetProperty("id").GetString();

        var instance = await _api.GetAsync($"/api/instances/{instanceId}");
        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Equal("Review", incident.GetProperty("elementId").GetString());
        Assert.Equal("ExpressionFailed", incident.GetProperty("type").GetString());
        var listed = await _api.GetAsync("/api/incidents");
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("id").GetString() == incident.GetProperty("id").GetString());

        await ExpectAsync(await _api.Http.PostAsync($"/api/incidents/{incident.GetProperty("id").GetString()}/retry", null), HttpStatusCode.NoContent);

        var open = Assert.Single((await _api.GetAsync($"/api/incidents?instanceId={instanceId}")).EnumerateArray());
        Assert.NotEqual(incident.GetProperty("id").GetString(), open.GetProperty("id").GetString());
        Assert.Equal(2, (await _api.GetAsync($"/api/incidents?instanceId={instanceId}&includeResolved=true")).GetArrayLength());
    }

    [Fact]
    public async Task Retry_UnknownIncident_Returns404()
    {
        await ExpectProblemAsync(await _api.Http.PostAsync($"/api/incidents/{Guid.NewGuid()}/retry", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_InstanceIdNotAGuid_Returns400()
    {
        await ExpectProblemAsync(await _api.Http.GetAsync("/api/incidents?instanceId=first"), HttpStatusCode.BadRequest);
    }
}
