using System.Net;
using System.Net.Http.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Api;
using Samverkan.Host.Tests.Infrastructure;

namespace Samverkan.Host.Tests.Security;

/// <summary>Hostile input through the API: each gets a clear 4xx and changes nothing.</summary>
[Collection(HostCollection.Name)]
public sealed class HostileInputTests(SamverkanFactory factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string> HostileBpmn => new()
    {
        { "external entity", """<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>""" },
        { "entity expansion", """<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>""" },
    };

    [Theory]
    [MemberData(nameof(HostileBpmn))]
    public async Task Deploy_WithADtd_IsRefusedAndNothingIsDeployed(string what, string doctype)
    {
        var key = $"hostile_{Guid.NewGuid():N}";
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            {doctype}
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://samverkan.se/test">
              <bpmn:process id="{key}" isExecutable="true"><bpmn:startEvent id="Start" /></bpmn:process>
            </bpmn:definitions>
            """;

        var response = await _api.DeployAsync(xml);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync($"/api/definitions/{key}")).StatusCode);
    }

    [Theory]
    [InlineData("${\"x\".GetType().Assembly != null}")]
    [InlineData("${System.IO.File.Exists(\"/etc/passwd\")}")]
    [InlineData("${System.Diagnostics.Process.Start(\"sh\") != null}")]
    public async Task Deploy_ConditionReachingOutsideTheHelpers_IsRefusedAndNothingIsDeployed(string condition)
    {
        var key = $"hostile_{Guid.NewGuid():N}";
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://samverkan.se/test">
              <bpmn:process id="{key}" isExecutable="true">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Gate" />
                <bpmn:exclusiveGateway id="Gate" default="F3" />
                <bpmn:sequenceFlow id="F2" sourceRef="Gate" targetRef="End">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="F3" sourceRef="Gate" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        var response = await _api.DeployAsync(xml);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync($"/api/definitions/{key}")).StatusCode);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("'; DROP TABLE Instances; --")]
    [InlineData("\" OR \"\"=\"")]
    [InlineData("1; DELETE FROM AccessLog")]
    public async Task FreeText_SqlLookingValue_IsStoredAndReadBackLiterally(string text)
    {
        var key = (await _api.DeployAsync(new TestProcess("Review.bpmn"))).Name("api_review");

        var instance = await _api.StartAsync(key, new { businessKey = text, variables = new { group = text, dueInDays = 3, note = text } });
        var id = instance.GetProperty("id").GetString()!;
        var found = await _api.GetAsync($"/api/instances?businessKey={Uri.EscapeDataString(text)}");
        var member = new ApiClient(factory.CreateClient());
        member.Http.DefaultRequestHeaders.SignInAs(DemoUsers.Handlaggare, text);
        var byGroup = await member.GetAsync($"/api/tasks?candidateGroup={Uri.EscapeDataString(text)}");
        var message = await _api.Http.PostAsJsonAsync("/api/messages", new { name = text, businessKey = text });
        var signal = await _api.Http.PostAsJsonAsync("/api/signals", new { name = text });

        Assert.Equal(text, instance.GetProperty("businessKey").GetString());
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.Equal(1, byGroup.GetProperty("total").GetInt32());
        Assert.True((int)message.StatusCode < 500, await message.Content.ReadAsStringAsync());
        Assert.True((int)signal.StatusCode < 500, await signal.Content.ReadAsStringAsync());
    }
}
