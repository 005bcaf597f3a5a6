using Samverkan.Host.Components.Inbox;

namespace Samverkan.Web.Tests.Inbox;

public sealed class InboxFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly InboxRow Overdue = Row("Kalla till SIP-möte", "sip", "SIP", due: Now.AddDays(-2), assignee: "anna", created: Now.AddDays(-10));
    private static readonly InboxRow Soon = Row("Återkoppla avvikelse", "avvikelse", "Avvikelse i samverkan", due: Now.AddDays(3), created: Now.AddDays(-5));
    private static readonly InboxRow Later = Row("Bedöm behov av SIP", "sip", "SIP", due: Now.AddDays(20), created: Now.AddDays(-1));
    private static readonly InboxRow Undated = Row("Åtgärda problemet", "samverkansproblem", "Samverkansproblem", due: null, assignee: "bo", created: Now.AddDays(-3));
    private static readonly InboxRow[] All = [Undated, Later, Soon, Overdue];

    // A task of another group, which only a chef or an administrator sees.
    private static readonly InboxRow Others = Row("Hantera problemet på ledningsnivå", "samverkansproblem", "Samverkansproblem", due: Now.AddDays(1)) with { ForUser = false };

    private static InboxRow Row(string name, string key, string process, DateTimeOffset? due, string? assignee = null, DateTimeOffset? created = null) =>
        new(Guid.NewGuid(), name, key, process, null, assignee, due, created ?? Now, 0, HasCandidates: true);

    [Fact]
    public void Default_SortsByDueDate_UndatedLast()
    {
        Assert.Equal([Overdue, Soon, Later, Undated], new InboxFilter().Apply(All, "anna", Now));
    }

    [Fact]
    public void DueDateDescending_LatestFirst_UndatedStillLast()
    {
        Assert.Equal([Later, Soon, Overdue, Undated], new InboxFilter { Descending = true }.Apply(All, "anna", Now));
    }

    [Theory]
    [InlineData(InboxDue.Overdue, new[] { "Kalla till SIP-möte" })]
    [InlineData(InboxDue.Soon, new[] { "Återkoppla avvikelse" })]
    [InlineData(InboxDue.NoDueDate, new[] { "Åtgärda problemet" })]
    public void DueFilter_KeepsTheMatchingTasks(InboxDue due, string[] expected)
    {
        Assert.Equal(expected, new InboxFilter { Due = due }.Apply(All, "anna", Now).Select(r => r.Name));
    }

    [Fact]
    public void ProcessFilter_KeepsThatProcessOnly()
    {
        Assert.Equal([Overdue, Later], new InboxFilter { ProcessKey = "sip" }.Apply(All, "anna", Now));
    }

    [Fact]
    public void OwnerFilter_MineAndUnassigned()
    {
        Assert.Equal([Overdue], new InboxFilter { Owner = InboxOwner.Mine }.Apply(All, "anna", Now));
        Assert.Equal([Soon, Later], new InboxFilter { Owner = InboxOwner.Unassigned }.Apply(All, "anna", Now));
    }

    [Fact]
    public void OwnerFilter_OthersTasks_OnlyWithEveryone()
    {
        InboxRow[] rows = [.. All, Others];

        Assert.DoesNotContain(Others, new InboxFilter().Apply(rows, "anna", Now));
        Assert.DoesNotContain(Others, new InboxFilter { Owner = InboxOwner.Unassigned }.Apply(rows, "anna", Now));
        Assert.Equal([Overdue, Others, Soon, Later, Undated], new InboxFilter { Owner = InboxOwner.Everyone }.Apply(rows, "anna", Now));
    }

    [Fact]
    public void SortByName_InSwedishAlphabeticalOrder()
    {
        // Å and Ä come after Z in Swedish, and Å before Ä.
        Assert.Equal(["Bedöm behov av SIP", "Kalla till SIP-möte", "Återkoppla avvikelse", "Åtgärda problemet"],
            new InboxFilter { Sort = InboxSort.Name }.Apply(All, "anna", Now).Select(r => r.Name));
    }

    [Fact]
    public void SortByProcess_ThenByDueDate()
    {
        Assert.Equal([Soon, Undated, Overdue, Later], new InboxFilter { Sort = InboxSort.Process }.Apply(All, "anna", Now));
    }

    [Fact]
    public void IsOverdue_OnlyPastTheDueDate()
    {
        Assert.True(Overdue.IsOverdue(Now));
        Assert.False(Soon.IsOverdue(Now));
        Assert.False(Undated.IsOverdue(Now));
    }
}
