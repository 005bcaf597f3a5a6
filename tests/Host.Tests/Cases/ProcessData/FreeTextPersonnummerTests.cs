using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Tests.Processes;
using Samverkan.Testing;
using Samverkan.Workflows.Abstractions;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Cases.ProcessData;

/// <summary>
/// A personnummer in text that enters an instance of a de-identified case is refused with a 422 naming the field and
/// never quoting the value, on every way in; nothing changes. Cases with an identified individual, and processes
/// without a case, take the text.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FreeTextPersonnummerTests : IAsyncLifetime
{
    private const string FormKey = "fritext-prov";

    private static readonly string FormXml = $$"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:message id="m" name="fritextSvar" />
          <bpmn:process id="{{FormKey}}" isExecutable="true">
            <bpmn:startEvent id="s" />
            <bpmn:userTask id="write" name="Skriv" camunda:candidateGroups="fritext">
              <bpmn:extensionElements>
                <camunda:formData><camunda:formField id="note" label="Anteckning" type="string" /></camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:intermediateCatchEvent id="answer"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="write" />
            <bpmn:sequenceFlow id="f2" sourceRef="write" targetRef="answer" />
            <bpmn:sequenceFlow id="f3" sourceRef="answer" targetRef="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly string _personnummer = TestPersonnummer.Next();
    private ProcessHost _host = null!;
    private HttpClient _anna = null!;

    public async Task InitializeAsync()
    {
        _host = new ProcessHost(TimeProvider.System.GetUtcNow());
        Assert.True((await _host.Engine.DeployAsync(FormXml)).Succeeded);
        _anna = _host.CreateClient();
        _anna.DefaultRequestHeaders.SignInAs("anna", "kommun-a", "handlaggare", "fritext,sip-samordnare");
    }

    public async Task DisposeAsync()
    {
        _anna.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task StartInstance_DeIdentifiedCaseWithAPersonnummerInTheNeed_422NamesTheFieldAndNothingStarts()
    {
        var caseId = await CaseAsync(identified: false);

        var response = await _anna.PostAsJsonAsync("/api/definitions/sip/instances", new
        {
            businessKey = caseId,
            variables = new { needDescription = $"Gäller {_personnummer}, som behöver en samordnad plan.", reportedBy = "anna" },
        });

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(Errors(problem));
        Assert.Equal("needDescription", error.GetProperty("field").GetString());
        Assert.Equal(CaseVariableGuard.Message, error.GetProperty("message").GetString());
        AssertNotQuoted(problem);
        Assert.Equal(0, (await _host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = caseId })).Total);
    }

    [Theory]
    [InlineData(true, "Gäller {0}.")] // the case names its individual: the text is theirs to keep
    [InlineData(false, "Ring 070-123 45 67 eller skriv till ärende 2025-06-16.")] // no personnummer at all
    [InlineData(false, "Numret {0} med fel kontrollsiffra")]
    public async Task StartInstance_TextThatMayStay_IsStarted(bool identified, string text)
    {
        var number = text.Contains("fel", StringComparison.Ordinal) ? WrongCheckDigit(_personnummer) : _personnummer;
        var caseId = await CaseAsync(identified);

        var response = await _anna.PostAsJsonAsync($"/api/definitions/{FormKey}/instances", new
        {
            businessKey = caseId,
            variables = new { note = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, number) },
        });

        await ExpectAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task StartInstance_NoCase_TakesTheText()
    {
        var response = await _anna.PostAsJsonAsync($"/api/definitions/{FormKey}/instances", new
        {
            businessKey = "eget-diarienummer-17",
            variables = new { note = $"Gäller {_personnummer}." },
        });

        await ExpectAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task CompleteTask_DeIdentifiedCaseWithASamordningsnummerInAFormField_422AndTheTaskStaysOpen()
    {
        var caseId = await CaseAsync(identified: false);
        var instance = await StartFormAsync(caseId);
        var task = await _host.TaskAsync(instance, "write");
        var samordningsnummer = TestPersonnummer.WithCheckDigit("19121272" + "121");

        var response = await _anna.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = new { note = $"Avser {samordningsnummer}" } });

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("note", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        Assert.DoesNotContain(samordningsnummer, problem.GetRawText());
        Assert.Equal(Workflows.Monitoring.UserTaskStatus.Open, (await _host.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.False((await _host.InstanceAsync(instance)).Variables.ContainsKey("note"));
    }

    [Fact]
    public async Task CorrelateMessage_DeIdentifiedCaseWithAPersonnummerInAVariable_422AndTheInstanceStillWaits()
    {
        var caseId = await CaseAsync(identified: false);
        var instance = await StartFormAsync(caseId);
        await _host.CompleteAsync(instance, "write", new Dictionary<string, object?> { ["note"] = "Ingen uppgift om den enskilde." });

        var response = await _anna.PostAsJsonAsync("/api/messages", new
        {
            name = "fritextSvar",
            businessKey = caseId,
            variables = new { reply = new { text = $"Svar om {_personnummer.Replace("-", "")}" } },
        });

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("reply", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        AssertNotQuoted(problem);
        Assert.Equal(["answer"], (await _host.InstanceAsync(instance)).ActiveElementIds);
    }

    [Fact]
    public async Task StartInstance_ForACaseTheCallersOrganisationTakesNoPartIn_403AndNothingStarts()
    {
        var caseId = await CaseAsync(identified: false);
        using var other = _host.CreateClient();
        other.DefaultRequestHeaders.SignInAs("bo", "region-b", "handlaggare");

        var start = await other.PostAsJsonAsync($"/api/definitions/{FormKey}/instances", new { businessKey = caseId });
        var message = await other.PostAsJsonAsync("/api/messages", new { name = "fritextSvar", businessKey = caseId });

        Assert.Equal("businessKey", Assert.Single(Errors(await ExpectProblemAsync(start, HttpStatusCode.Forbidden))).GetProperty("field").GetString());
        await ExpectProblemAsync(message, HttpStatusCode.Forbidden);
        Assert.Equal(0, (await _host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = caseId })).Total);
    }

    private async Task<string> CaseAsync(bool identified)
    {
        object? person = identified ? new { personnummer = _personnummer, name = "Tolvan Tolvansson" } : null;
        var created = await ExpectAsync(await _anna.PostAsJsonAsync("/api/cases", new { organisations = new[] { "kommun-a" }, title = "Samordning", person }),
            HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    private async Task<Guid> StartFormAsync(string caseId)
    {
        var started = await ExpectAsync(await _anna.PostAsJsonAsync($"/api/definitions/{FormKey}/instances", new { businessKey = caseId }), HttpStatusCode.Created);
        return Guid.Parse(started.GetProperty("id").GetString()!);
    }

    private void AssertNotQuoted(JsonElement problem)
    {
        Assert.DoesNotContain(_personnummer, problem.GetRawText());
        Assert.DoesNotContain(_personnummer.Replace("-", ""), problem.GetRawText());
    }

    private static string WrongCheckDigit(string personnummer) =>
        personnummer[..^1] + (char)('0' + (personnummer[^1] - '0' + 1) % 10);
}
