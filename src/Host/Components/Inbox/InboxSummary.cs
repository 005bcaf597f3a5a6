using Samverkan.Host.Security;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Inbox;

/// <summary>What waits in a user's inbox, in one Swedish sentence for the overview.</summary>
public sealed record InboxSummary(int Open, int Overdue, int Mine)
{
    /// <summary>Of the user's and their groups' tasks among <paramref name="visible"/> (a chef sees others' too).</summary>
    public static InboxSummary Of(IEnumerable<UserTaskView> visible, ICurrentUser user, DateTimeOffset now)
    {
        var userId = user.UserId;
        var tasks = visible.Where(t => InboxRow.IsFor(t, user)).ToList();
        return new InboxSummary(
            tasks.Count,
            tasks.Count(t => t.DueAt is { } due && due < now),
            tasks.Count(t => userId is not null && t.Assignee == userId));
    }

    public string Text
    {
        get
        {
            if (Open == 0)
            {
                return "Inga öppna uppgifter just nu.";
            }
            var details = new List<string>();
            if (Overdue > 0)
            {
                details.Add(Overdue == 1 ? "1 försenad" : $"{Overdue} försenade");
            }
            if (Mine > 0)
            {
                details.Add(Mine == 1 ? "1 tagen av dig" : $"{Mine} tagna av dig");
            }
            var open = Open == 1 ? "1 öppen uppgift" : $"{Open} öppna uppgifter";
            return details.Count == 0 ? $"{open}." : $"{open}, varav {string.Join(" och ", details)}.";
        }
    }
}
