using Samverkan.Host.Components.Shared;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Web.Tests.Shared;

public sealed class InstanceHighlightsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 16, 7, 30, 0, TimeSpan.Zero);

    // start -> split (parallel) -> review (two tokens arrive through a loop back) and notify; review -> end.
    private const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="p" name="Prov" isExecutable="true">
            <bpmn:startEvent id="start" name="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
            <bpmn:parallelGateway id="split" />
            <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="review" />
            <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="notify" />
            <bpmn:userTask id="review" name="Granska" />
            <bpmn:sequenceFlow id="f4" sourceRef="review" targetRef="end" />
            <bpmn:serviceTask id="notify" name="Meddela" camunda:topic="x" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" />
            <bpmn:sequenceFlow id="f5" sourceRef="notify" targetRef="end" />
            <bpmn:userTask id="sign" name="Signera">
              <bpmn:multiInstanceLoopCharacteristics isSequential="false">
                <bpmn:loopCardinality>2</bpmn:loopCardinality>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:userTask>
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void From_History_CountsOpenTokensPerActiveElement_AndMutesWhatWasPassed()
    {
        var history = History(
            (HistoryTypes.InstanceStarted, "p", 1),
            (HistoryTypes.ElementEntered, "start", 2), (HistoryTypes.ElementCompleted, "start", 2),
            (HistoryTypes.ElementEntered, "split", 3), (HistoryTypes.ElementCompleted, "split", 3),
            (HistoryTypes.ElementEntered, "review", 4),
            (HistoryTypes.ElementEntered, "notify", 5),
            (HistoryTypes.ElementEntered, "review", 6));
        var instance = Instance(active: ["review", "notify"]);

        var highlights = InstanceHighlights.From(instance, history, Model());

        Assert.Equal(new Dictionary<string, int> { ["review"] = 2, ["notify"] = 1 }, highlights.Active);
        Assert.Equal(["start", "split", "f1", "f2", "f3"], highlights.Completed);
        Assert.Empty(highlights.Incidents);
    }

    [Fact]
    public void From_ElementCompletedAndActiveAgain_IsActive_TerminatedIsNotCompleted()
    {
        var history = History(
            (HistoryTypes.ElementEntered, "review", 4), (HistoryTypes.ElementCompleted, "review", 4),
            (HistoryTypes.ElementEntered, "notify", 5), (HistoryTypes.ElementTerminated, "notify", 5),
            (HistoryTypes.ElementEntered, "review", 7));

        var highlights = InstanceHighlights.From(Instance(active: ["review"]), history, Model());

        Assert.Equal(new Dictionary<string, int> { ["review"] = 1 }, highlights.Active);
        Assert.DoesNotContain("review", highlights.Completed);
        Assert.DoesNotContain("notify", highlights.Completed);
    }

    [Fact]
    public void From_MultiInstanceBody_IsNotCountedAsAToken()
    {
        var history = History(
            (HistoryTypes.ElementEntered, "sign", 8),
            (HistoryTypes.ElementEntered, "sign", 9),
            (HistoryTypes.ElementEntered, "sign", 10));

        var highlights = InstanceHighlights.From(Instance(active: ["sign"]), history, Model());

        Assert.Equal(2, highlights.Active["sign"]);
    }

    [Fact]
    public void From_OpenIncidents_AreCountedPerElement()
    {
        var incidents = new[] { Incident("notify", resolved: false), Incident("notify", resolved: false), Incident("review", resolved: true) };

        var highlights = InstanceHighlights.From(Instance(active: ["notify"], incidents), [], Model());

        Assert.Equal(new Dictionary<string, int> { ["notify"] = 2 }, highlights.Incidents);
        // No element history (switched off): an active element still shows one token.
        Assert.Equal(1, highlights.Active["notify"]);
    }

    [Fact]
    public void TimelineEntry_From_GivesSwedishTextElementNameAndMaskedDetail()
    {
        var entered = new HistoryEntry { Id = 1, At = T0, Type = HistoryTypes.ElementEntered, ElementId = "review", ElementInstanceId = 4 };
        var started = new HistoryEntry { Id = 2, At = T0, Type = HistoryTypes.InstanceStarted, ElementId = "p", Detail = "för 19121212-1212" };
        var incident = new HistoryEntry { Id = 3, At = T0, Type = HistoryTypes.IncidentCreated, ElementId = "notify", Detail = "Timeout: no answer" };

        var a = TimelineEntry.From(entered, Model());
        var b = TimelineEntry.From(started, Model());
        var c = TimelineEntry.From(incident, Model());

        Assert.Equal(("Steget påbörjades", "Granska", false), (a.What, a.Element, a.Trouble));
        Assert.Equal(("Instansen startade", null, VariableMask.Masked), (b.What, b.Element, b.Detail));
        Assert.Equal(("Incident uppstod", "Meddela", true, "Timeout: no answer"), (c.What, c.Element, c.Trouble, c.Detail));
    }

    private static Samverkan.Workflows.Model.ProcessModel Model() =>
        new BpmnParser().Parse(Xml).Document!.Processes.Single();

    private static List<HistoryEntry> History(params (string Type, string Element, long ElementInstance)[] entries) =>
        entries.Select((e, i) => new HistoryEntry
        {
            Id = i + 1, At = T0.AddMinutes(i), Type = e.Type, ElementId = e.Element, ElementInstanceId = e.ElementInstance,
        }).ToList();

    private static InstanceView Instance(string[] active, IReadOnlyList<IncidentView>? incidents = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "p", 1, "bk", InstanceStatus.Active, T0, null, null, null,
            new Dictionary<string, object?>(), active, incidents ?? []);

    private static IncidentView Incident(string element, bool resolved) => new()
    {
        Id = Guid.NewGuid(), ElementId = element, Type = "failedJob", Message = "x", CreatedAt = T0,
        ResolvedAt = resolved ? T0.AddMinutes(1) : null,
    };
}
