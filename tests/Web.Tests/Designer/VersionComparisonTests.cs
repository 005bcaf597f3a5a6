using Samverkan.Host.Components.Designer;

namespace Samverkan.Web.Tests.Designer;

public sealed class VersionComparisonTests
{
    private static readonly DiagramDiff Diff = new(
        Added: [new("remind", "Påminn", "bpmn:ServiceTask")],
        Removed: [new("oldEnd", null, "bpmn:EndEvent")],
        Changed:
        [
            new("timer", "En dag", "bpmn:BoundaryEvent", [new("eventDefinitions[timer_def].timeDuration.body", "P1D", "P2D")]),
            new("handle", "Handlägg", "bpmn:UserTask", [new("camunda:candidateGroups", "a", "b")]),
        ],
        LayoutChanged: ["start"]);

    [Fact]
    public void Entries_AddedThenChangedThenRemoved_NumberedInOrder()
    {
        var entries = VersionComparison.Entries(Diff);

        Assert.Equal([(1, ComparisonKind.Added, "remind"), (2, ComparisonKind.Changed, "handle"), (3, ComparisonKind.Changed, "timer"), (4, ComparisonKind.Removed, "oldEnd")],
            entries.Select(e => (e.Number, e.Kind, e.Id)));
        Assert.Equal("P2D", entries[2].Changes.Single().NewValue);
        Assert.Equal(["Tillagt", "Ändrat", "Ändrat", "Borttaget"], entries.Select(e => e.KindText));
    }

    [Fact]
    public void Highlights_NewerMarksAddedAndChanged_OlderMarksChangedAndRemoved()
    {
        var entries = VersionComparison.Entries(Diff);

        var newer = VersionComparison.Newer(entries);
        var older = VersionComparison.Older(entries);

        Assert.Equal(new Dictionary<string, int> { ["remind"] = 1, ["handle"] = 2, ["timer"] = 3 }, newer.Active);
        Assert.Empty(newer.Incidents);
        Assert.Equal(new Dictionary<string, int> { ["handle"] = 2, ["timer"] = 3 }, older.Active);
        Assert.Equal(new Dictionary<string, int> { ["oldEnd"] = 4 }, older.Incidents);
    }

    [Theory]
    [InlineData("eventDefinitions[timer_def].timeDuration.body", "Timer: varaktighet")]
    [InlineData("eventDefinitions[x].timeDate.body", "Timer: tidpunkt")]
    [InlineData("camunda:assignee", "Tilldelad")]
    [InlineData("camunda:candidateGroups", "Kandidatgrupper")]
    [InlineData("conditionExpression.body", "Villkor")]
    [InlineData("name", "Namn")]
    [InlineData("extensionElements.values[camunda:InputOutput].inputParameters[x].name", "extensionElements.values[camunda:InputOutput].inputParameters[x].name")]
    public void Attribute_KnownPathsInSwedish_OthersAsTheyAre(string path, string expected) =>
        Assert.Equal(expected, DiffLabels.Attribute(path));

    [Theory]
    [InlineData("bpmn:UserTask", "Användaruppgift")]
    [InlineData("bpmn:BoundaryEvent", "Gränshändelse")]
    [InlineData("bpmn:ComplexGateway", "ComplexGateway")]
    public void Type_InSwedishWhenKnown(string type, string expected) => Assert.Equal(expected, DiffLabels.Type(type));
}
