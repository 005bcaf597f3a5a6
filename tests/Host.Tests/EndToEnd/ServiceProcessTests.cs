using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.EndToEnd;

/// <summary>The service as a user meets it: started from the command line, driven over HTTP only.</summary>
[Trait("Category", "Slow")]
public sealed class ServiceProcessTests : IDisposable
{
    private const string Approval =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="approval" name="Godkännande" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Granska" camunda:candidateGroups="handlaggare" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Service_StartedAsAProcess_DeploysAndCompletesAProcessOverHttp()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "workflows"));
        _folder.Write("workflows/broken.bpmn", "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"broken\"><bpmn:sequenceFlow id=\"f\" sourceRef=\"a\" targetRef=\"b\" /></bpmn:process></bpmn:definitions>");
        await using var service = await ServiceProcess.StartAsync(_folder.Path);
        // Signed in through the identity endpoints with bearer tokens, as an API client would.
        using var designer = await SignInAsync(service, DemoUsers.Designer);
        using var http = await SignInAsync(service, DemoUsers.Handlaggare);

        using var deploy = await designer.PostAsync("/api/definitions", new StringContent(Approval, Encoding.UTF8, "application/xml"));
        Assert.True(deploy.StatusCode == HttpStatusCode.Created, await deploy.Content.ReadAsStringAsync());
        var deployed = await ReadAsync(deploy);
        Assert.Equal("approval", deployed.GetProperty("key").GetString());

        using var start = await http.PostAsJsonAsync("/api/definitions/approval/instances", new { businessKey = "case-1" });
        Assert.True(start.StatusCode == HttpStatusCode.Created, await start.Content.ReadAsStringAsync());
        var instanceId = (await ReadAsync(start)).GetProperty("id").GetString();

        var tasks = await ReadAsync(await http.GetAsync($"/api/tasks?instanceId={instanceId}"));
        var taskId = tasks.GetProperty("items")[0].GetProperty("id").GetString();
        using var claim = await http.PostAsJsonAsync($"/api/tasks/{taskId}/claim", new { });
        Assert.True(claim.IsSuccessStatusCode, await claim.Content.ReadAsStringAsync());
        using var complete = await http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { approved = true } });
        Assert.True(complete.IsSuccessStatusCode, await complete.Content.ReadAsStringAsync());

        var instance = await ReadAsync(await http.GetAsync($"/api/instances/{instanceId}"));
        Assert.Equal("Completed", instance.GetProperty("status").GetString());
        // The broken file in workflows/ was logged and skipped; the service started anyway.
        Assert.Contains("broken.bpmn", service.Output);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "samverkan.db")));
    }

    private static async Task<HttpClient> SignInAsync(ServiceProcess service, DemoUser user)
    {
        using var login = await service.Client.PostAsJsonAsync("/api/account/login", new { email = user.Email, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await ReadAsync(login)).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = service.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public void Dispose() => _folder.Dispose();
}
