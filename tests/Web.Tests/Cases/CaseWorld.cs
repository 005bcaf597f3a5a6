using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Cases;
using Samverkan.Host.Cases.Plans;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Testing;
using Samverkan.Web.Tests.EndToEnd;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Cases;

/// <summary>
/// The service in memory with a small process of the case ("kallelse" to region-b, due on the variable <c>due</c>), and
/// users of kommun-a (who registers cases) and region-b (who needs a consent to see the individual).
/// </summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="prov" name="Provprocess" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="kallelse" />
            <bpmn:userTask id="kallelse" name="Kallelse till möte" camunda:candidateGroups="region-b" camunda:dueDate="${Dates.Parse(due)}" />
            <bpmn:sequenceFlow id="f2" sourceRef="kallelse" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public const string Name = "Tolvan Tolvansson";

    private readonly TestHost _host;

    public CaseWorld()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        _host = TestHost.Create(new TestHostOptions
        {
            Clock = Clock,
            Workflows = new Dictionary<string, string> { ["prov.bpmn"] = Xml, ["sip.bpmn"] = SipPlanSteps.Xml },
        });
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _host.Services;

    public TestUser Kommun { get; } = new("kim", ["handlaggare"], ["kommun-a"]);

    public TestUser Region { get; } = new("rut", ["handlaggare"], ["region-b"]);

    public TestUser Chef { get; } = new("cecilia", ["chef"], ["kommun-a"]);

    public TestUser Outsider { get; } = new("olle", ["handlaggare"], ["polis-c"]);

    /// <summary>Registers a case of kommun-a and region-b about a new individual, as the kommun handläggare.</summary>
    public async Task<CaseView> CaseAsync(string? title = "SIP inför flytt", string personnummer = "")
    {
        var number = personnummer.Length > 0 ? personnummer : EngineApi.NewPersonnummer();
        return await Services.GetRequiredService<CaseService>()
            .CreateAsync(new NewCase(["kommun-a", "region-b"], title, number, Name), Kommun, CancellationToken.None);
    }

    public Task<ConsentRecord> ConsentAsync(Guid caseId, params string[] recipients) =>
        Services.GetRequiredService<ConsentService>().GiveAsync(caseId,
            new NewConsent(recipients, ["SIP"], null, Clock.GetUtcNow().AddYears(1), ConsentGiver.Self), Kommun, CancellationToken.None);

    /// <summary>Starts the small process for the case with its kallelse due at <paramref name="due"/>.</summary>
    public Task StartAsync(Guid caseId, DateTimeOffset due) =>
        _host.Engine.StartAsync("prov", caseId.ToString(), new Dictionary<string, object?> { ["due"] = due.ToString("O") });

    /// <summary>Starts the SIP for the case and establishes its plan (with an internal note); returns once the version is saved.</summary>
    public async Task PlanAsync(Guid caseId)
    {
        var sip = await _host.Engine.StartAsync("sip", caseId.ToString(), new Dictionary<string, object?> { ["meetingNotes"] = "Intern anteckning från mötet" });
        var task = (await _host.Engine.QueryTasksAsync(new() { InstanceId = sip.Id })).Items.Single();
        await _host.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?>
        {
            ["interventions"] = new List<object?> { new Dictionary<string, object?> { ["description"] = "Boendestöd", ["huvudman"] = "kommun" } },
            ["otherActions"] = new List<object?>(),
            ["leadHuvudman"] = "kommun",
            ["followUpDate"] = "2026-06-01",
        }, "kim");
        await Eventually.UntilAsync(async () => (await Services.GetRequiredService<PlanVersions>().ListAsync(caseId, CancellationToken.None)).Count > 0,
            TimeSpan.FromSeconds(10), "the plan's first version");
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadsAsync(Guid caseId, string userId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.CaseId == caseId && e.UserId == userId && e.Action == AuditAction.Read).OrderBy(e => e.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
