using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class OpenApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string, string> Operations => new()
    {
        { "post", "/api/definitions", "DeployDefinition" },
        { "get", "/api/definitions", "ListDefinitions" },
        { "get", "/api/definitions/{key}", "GetDefinitionVersions" },
        { "get", "/api/definitions/{key}/xml", "GetDefinitionXml" },
        { "post", "/api/definitions/{key}/instances", "StartInstance" },
        { "get", "/api/instances", "QueryInstances" },
        { "get", "/api/instances/{id}", "GetInstance" },
        { "get", "/api/instances/{id}/history", "GetInstanceHistory" },
        { "delete", "/api/instances/{id}", "CancelInstance" },
        { "get", "/api/tasks", "QueryTasks" },
        { "get", "/api/tasks/{id}", "GetTask" },
        { "post", "/api/tasks/{id}/claim", "ClaimTask" },
        { "post", "/api/tasks/{id}/unclaim", "UnclaimTask" },
        { "post", "/api/tasks/{id}/complete", "CompleteTask" },
        { "post", "/api/messages", "CorrelateMessage" },
        { "post", "/api/signals", "BroadcastSignal" },
        { "post", "/api/external-tasks/fetch-and-lock", "FetchAndLockExternalTasks" },
        { "post", "/api/external-tasks/{id}/complete", "CompleteExternalTask" },
        { "post", "/api/external-tasks/{id}/failure", "FailExternalTask" },
        { "post", "/api/external-tasks/{id}/bpmn-error", "ThrowExternalTaskBpmnError" },
        { "get", "/api/incidents", "ListIncidents" },
        { "post", "/api/incidents/{id}/retry", "RetryIncident" },
        { "get", "/api/rule-sets", "ListRuleSets" },
        { "get", "/api/rule-sets/{name}", "GetRuleSet" },
        { "put", "/api/rule-sets/{name}", "SaveRuleSet" },
        { "get", "/api/rule-sets/{name}/versions", "GetRuleSetVersions" },
        { "get", "/api/rule-sets/{name}/versions/{version}", "GetRuleSetVersion" },
        { "post", "/api/rule-sets/{name}/evaluate", "EvaluateRuleSet" },
        { "get", "/api/parameters", "ListParameters" },
        { "get", "/api/parameters/{name}", "GetParameter" },
        { "put", "/api/parameters/{name}", "ChangeParameter" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Document_DescribesEachEndpoint_WithNameSummaryAndResponses(string method, string path, string operationId)
    {
        var document = await _api.GetAsync("/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        var responses = operation.GetProperty("responses").EnumerateObject().ToList();
        Assert.Contains(responses, r => r.Name.StartsWith('2'));
        Assert.All(responses.Where(r => r.Name.StartsWith('4')), r =>
            Assert.True(r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{operationId} {r.Name}"));
    }

    [Fact]
    public async Task Document_DeployTakesXmlAndAnswersWithKeyVersionId()
    {
        var document = await _api.GetAsync("/openapi/v1.json");

        var deploy = document.GetProperty("paths").GetProperty("/api/definitions").GetProperty("post");
        var content = deploy.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("application/xml", out _));
        Assert.True(content.TryGetProperty("text/xml", out _));
        var problem = deploy.GetProperty("responses").GetProperty("422").GetProperty("content").GetProperty("application/problem+json");
        Assert.Equal("#/components/schemas/ProblemResponse", problem.GetProperty("schema").GetProperty("$ref").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var deployment = schemas.GetProperty("DeploymentResponse").GetProperty("properties");
        Assert.True(deployment.TryGetProperty("key", out _) && deployment.TryGetProperty("version", out _) && deployment.TryGetProperty("id", out _));
        var error = schemas.GetProperty("ProblemError").GetProperty("properties");
        Assert.True(error.TryGetProperty("elementId", out _) && error.TryGetProperty("line", out _) && error.TryGetProperty("message", out _)
            && error.TryGetProperty("code", out _));
    }

    [Fact]
    public async Task ReferencePage_IsServed()
    {
        var response = await _api.Http.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
    }
}
