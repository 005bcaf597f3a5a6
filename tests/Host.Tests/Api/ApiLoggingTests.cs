using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using Serilog.Core;
using Serilog.Events;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class ApiLoggingTests(TestHost factory)
{
    private const string PersonalNumber = "19121212-1212";
    private const string PersonName = "Tolvan Tolvansson";
    private static readonly string UserName = DemoUsers.Handlaggare.Email;

    [Fact]
    public async Task Requests_CarryInstanceAndTaskIds_AndNoPersonalData()
    {
        var sink = new CapturingSink();
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var api = new ApiClient(host.CreateClient());
        var process = await api.DeployAsync(new TestProcess("Review.bpmn"));
        var key = process.Name("api_review");

        var instanceId = (await api.StartAsync(key, new { businessKey = PersonalNumber, variables = new { group = "handlaggarniva", dueInDays = 1, name = PersonName } }))
            .GetProperty("id").GetString()!;
        var taskId = (await api.SingleTaskAsync(instanceId)).GetProperty("id").GetString()!;
        await api.PostAsync($"/api/tasks/{taskId}/claim", new { user = UserName });
        await ApiClient.ExpectProblemAsync(await api.Http.PostAsync($"/api/tasks/{taskId}/complete",
            ApiClient.RawJson($$$"""{"variables": {"decision": "{{{PersonName}}}"}}""")), HttpStatusCode.UnprocessableEntity);
        await api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "approve" }, user = UserName }, HttpStatusCode.NoContent);
        await api.GetAsync($"/api/instances?businessKey={PersonalNumber}");
        await api.GetAsync($"/api/instances/{instanceId}");
        await ApiClient.ExpectProblemAsync(await api.Http.PostAsync("/api/messages",
            ApiClient.RawJson($$"""{"name": "nothing", "businessKey": "{{PersonalNumber}}"}""")), HttpStatusCode.NotFound);

        Assert.Contains(sink.Events, e => e.MessageTemplate.Text.StartsWith("Started instance") && Scalar(e, "InstanceId") == instanceId && Scalar(e, "DefinitionKey") == key);
        Assert.Contains(sink.Events, e => e.MessageTemplate.Text.StartsWith("HTTP") && Scalar(e, "TaskId") == taskId && Scalar(e, "StatusCode") == "204");
        Assert.Contains(sink.Events, e => e.MessageTemplate.Text.StartsWith("HTTP") && Scalar(e, "InstanceId") == instanceId);
        var lines = sink.Lines().ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(PersonalNumber) || l.Contains(PersonName) || l.Contains(UserName));
    }

    private static string? Scalar(LogEvent e, string property) =>
        e.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var v } ? v?.ToString() : null;
}
