namespace Samverkan.Host.Components.Inbox;

/// <summary>The inbox's filters and order, applied to the tasks the user can see.</summary>
public sealed record InboxFilter
{
    public static readonly TimeSpan SoonWithin = TimeSpan.FromDays(7);

    /// <summary>A process key; null for all processes.</summary>
    public string? ProcessKey { get; init; }
    public InboxDue Due { get; init; }
    public InboxOwner Owner { get; init; }
    public InboxSort Sort { get; init; }
    public bool Descending { get; init; }

    public IReadOnlyList<InboxRow> Apply(IEnumerable<InboxRow> rows, string? user, DateTimeOffset now)
    {
        var kept = rows.Where(r => (ProcessKey is null || r.ProcessKey == ProcessKey) && MatchesDue(r, now) && MatchesOwner(r, user));
        return Order(kept).ToList();
    }

    private bool MatchesDue(InboxRow row, DateTimeOffset now) => Due switch
    {
        InboxDue.Overdue => row.IsOverdue(now),
        InboxDue.Soon => row.DueAt is { } due && due >= now && due <= now + SoonWithin,
        InboxDue.NoDueDate => row.DueAt is null,
        _ => true,
    };

    private bool MatchesOwner(InboxRow row, string? user) => Owner switch
    {
        InboxOwner.Mine => row.IsAssignedTo(user),
        InboxOwner.Unassigned => row.Assignee is null && row.ForUser,
        InboxOwner.Everyone => true,
        _ => row.ForUser,
    };

    // Tasks without a due date come last in both directions: "no date" is neither early nor late.
    private IEnumerable<InboxRow> Order(IEnumerable<InboxRow> rows) => Sort switch
    {
        InboxSort.Created => By(rows, r => r.CreatedAt),
        InboxSort.Process => By(rows, r => r.ProcessName, StringComparer.Create(Swedish, true)).ThenBy(r => r.DueAt is null).ThenBy(r => r.DueAt),
        InboxSort.Name => By(rows, r => r.Name, StringComparer.Create(Swedish, true)).ThenBy(r => r.CreatedAt),
        _ => rows.OrderBy(r => r.DueAt is null).ThenBy(r => r.DueAt, Descending ? Comparer<DateTimeOffset?>.Create((a, b) => Nullable.Compare(b, a)) : Comparer<DateTimeOffset?>.Default)
            .ThenByDescending(r => r.Priority).ThenBy(r => r.CreatedAt),
    };

    private IOrderedEnumerable<InboxRow> By<TKey>(IEnumerable<InboxRow> rows, Func<InboxRow, TKey> key, IComparer<TKey>? comparer = null) =>
        Descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private static readonly System.Globalization.CultureInfo Swedish = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
}
