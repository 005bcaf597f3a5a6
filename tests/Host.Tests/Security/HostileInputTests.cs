using System.Net;
using System.Net.Http.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Api;
using Microsoft.Data.Sqlite;
using Samverkan.Host.Tests.Cases;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Host.Tests.Rules;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Security;

/// <summary>Hostile input through the API: each gets a clear 4xx and changes nothing.</summary>
[Collection(HostCollection.Name)]
public sealed class HostileInputTests(TestHost factory)
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

    /// <summary>SQL that would do harm if any of it were spliced into a statement.</summary>
    public static TheoryData<string> SqlLooking => new()
    {
        "' OR 1=1 --",
        "'; DROP TABLE Instances; --",
        "\" OR \"\"=\"",
        "\" OR 1=1 --",
        "1; DELETE FROM AccessLog",
        "x'); DROP TABLE Cases; DROP TABLE AspNetUsers; --",
    };

    [Theory]
    [MemberData(nameof(SqlLooking))]
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
    [Theory]
    [MemberData(nameof(SqlLooking))]
    public async Task CaseAndConsentFields_SqlLookingValue_AreStoredAndReadBackLiterally(string text)
    {
        var tables = await TablesAsync(factory.DatabasePath);
        var organisation = $"kommun-{Guid.NewGuid():N}";
        var staff = new ApiClient(factory.CreateClient());
        staff.Http.DefaultRequestHeaders.SignInAs("anna", $"{organisation},{text}", "handlaggare");

        var created = await staff.PostAsync("/api/cases", new
        {
            organisations = new[] { organisation, text },
            title = text,
            person = new { personnummer = TestPersonnummer.Next(), name = text },
        }, HttpStatusCode.Created);
        var caseId = created.GetProperty("id").GetString()!;
        var consent = await staff.PostAsync($"/api/cases/{caseId}/consents", new
        {
            recipients = new[] { organisation, text },
            categories = new[] { text },
            validTo = new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero),
            givenBy = "Self",
        }, HttpStatusCode.Created);
        var read = await staff.GetAsync($"/api/cases/{caseId}");

        Assert.Equal(text, read.GetProperty("title").GetString());
        Assert.Contains(text, read.GetProperty("organisations").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(text, read.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal([text], consent.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(text, consent.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(tables, await TablesAsync(factory.DatabasePath));
    }

    [Theory]
    [MemberData(nameof(SqlLooking))]
    public async Task TaskFormValueAndProcessVariable_SqlLookingValue_AreStoredAndReadBackLiterally(string text)
    {
        var tables = await TablesAsync(factory.DatabasePath);
        var key = (await _api.DeployAsync(new TestProcess("Note.bpmn"))).Name("api_note");
        var instanceId = (await _api.StartAsync(key, new { variables = new { note = text } })).GetProperty("id").GetString()!;
        var taskId = (await _api.SingleTaskAsync(instanceId)).GetProperty("id").GetString()!;

        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { comment = text } }, HttpStatusCode.NoContent);

        var variables = (await _api.GetAsync($"/api/instances/{instanceId}")).GetProperty("variables");
        Assert.Equal(text, variables.GetProperty("note").GetString());
        Assert.Equal(text, variables.GetProperty("comment").GetString());
        Assert.Equal(tables, await TablesAsync(factory.DatabasePath));
    }

    [Theory]
    [MemberData(nameof(SqlLooking))]
    public async Task ParameterAndRuleSetFields_SqlLookingValue_AreStoredLiterallyOrRefusedWith4xx(string text)
    {
        var rules = new RulesHost();
        try
        {
            await ChangeParametersAndSaveRuleSetsAsync(rules, text);
        }
        finally
        {
            await rules.DisposeAsync();
        }
    }

    private static async Task ChangeParametersAndSaveRuleSetsAsync(RulesHost rules, string text)
    {
        var api = rules.Api;
        var tables = await TablesAsync(rules.DatabasePath);

        var reply = await ExpectAsync(await api.ChangeParameterAsync("pauseReply", new { value = text, reason = text }), HttpStatusCode.OK);
        var parties = await ExpectAsync(await api.ChangeParameterAsync("parties", new { value = new[] { "polis", text }, reason = text }), HttpStatusCode.OK);
        var ruleSet = new TestRuleSet();
        var saved = await ExpectAsync(await api.SaveRuleSetAsync(ruleSet.Name, ruleSet.Json, savedBy: text, comment: text), HttpStatusCode.Created);
        var named = await api.SaveRuleSetAsync(text, ruleSet.Unnamed, comment: text);

        Assert.Equal(text, (await api.GetAsync("/api/parameters/pauseReply")).GetProperty("value").GetString());
        Assert.Equal(text, reply.GetProperty("reason").GetString());
        Assert.Equal(["polis", text], (await api.GetAsync("/api/parameters/parties")).GetProperty("value").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(text, parties.GetProperty("reason").GetString());
        Assert.Equal(text, saved.GetProperty("comment").GetString());
        Assert.NotEqual(text, saved.GetProperty("savedBy").GetString());
        // A rule-set name is an identifier: SQL-looking text is refused as a name, with a problem saying why, and nothing is saved.
        // (Not ExpectProblemAsync: its instance check compares with the client's escaping, which escapes more than a path needs.)
        Assert.InRange((int)named.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", named.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace((await ExpectAsync(named, named.StatusCode)).GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"/api/rule-sets/{Uri.EscapeDataString(text)}")).StatusCode);
        Assert.Equal(tables, await TablesAsync(rules.DatabasePath));
    }

    /// <summary>The database's tables, to show that none was dropped.</summary>
    private static async Task<List<string>> TablesAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        Assert.Contains("Instances", tables);
        return tables;
    }
}
