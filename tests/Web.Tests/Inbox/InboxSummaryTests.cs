using Samverkan.Host.Web.Inbox;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Web.Tests.Inbox;

public sealed class InboxSummaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    private static UserTaskRecord Task(string? assignee = null, DateTimeOffset? due = null) =>
        new() { Id = Guid.NewGuid(), ElementId = "t", Assignee = assignee, DueAt = due };

    [Fact]
    public void Of_CountsOpenOverdueAndTheUsersOwn()
    {
        var summary = InboxSummary.Of(
            [Task("hugo", Now.AddHours(-1)), Task("hugo", Now.AddDays(1)), Task(null, Now.AddMinutes(-5)), Task("greta"), Task()],
            "hugo", Now);

        Assert.Equal(new InboxSummary(5, 2, 2), summary);
        Assert.Equal("5 öppna uppgifter, varav 2 försenade och 2 tagna av dig.", summary.Text);
    }

    [Theory]
    [InlineData(0, 0, 0, "Inga öppna uppgifter just nu.")]
    [InlineData(1, 0, 0, "1 öppen uppgift.")]
    [InlineData(1, 1, 1, "1 öppen uppgift, varav 1 försenad och 1 tagen av dig.")]
    [InlineData(4, 0, 3, "4 öppna uppgifter, varav 3 tagna av dig.")]
    [InlineData(4, 3, 0, "4 öppna uppgifter, varav 3 försenade.")]
    public void Text_IsSwedishInTheRightNumber(int open, int overdue, int mine, string expected) =>
        Assert.Equal(expected, new InboxSummary(open, overdue, mine).Text);
}
