using Samverkan.Host.Components.Inbox;
using Samverkan.Host.Security;
using Samverkan.Web.Tests.Infrastructure;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Web.Tests.Inbox;

public sealed class InboxSummaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    private static UserTaskView Task(string? assignee = null, DateTimeOffset? due = null, string group = "kommun-a") =>
        new() { Id = Guid.NewGuid(), ElementId = "t", Assignee = assignee, DueAt = due, CandidateGroupList = [group] };

    [Fact]
    public void Of_CountsTheUsersAndTheirGroupsOpenOverdueAndOwn()
    {
        var hugo = new TestUser("hugo", [Roles.Handlaggare], ["kommun-a"]);

        var summary = InboxSummary.Of(
            [Task("hugo", Now.AddHours(-1)), Task("hugo", Now.AddDays(1)), Task(null, Now.AddMinutes(-5)), Task("greta"), Task()],
            hugo, Now);

        Assert.Equal(new InboxSummary(5, 2, 2), summary);
        Assert.Equal("5 öppna uppgifter, varav 2 försenade och 2 tagna av dig.", summary.Text);
    }

    [Fact]
    public void Of_AChefsSummary_LeavesOutOtherGroupsTasksTheyOnlyOversee()
    {
        var chef = new TestUser("cecilia", [Roles.Chef], ["region-b"]);

        var summary = InboxSummary.Of([Task(group: "ledningsniva-region-b"), Task(group: "kommun-a"), Task("cecilia", group: "kommun-a")], chef, Now);

        Assert.Equal(new InboxSummary(1, 0, 1), summary);
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
