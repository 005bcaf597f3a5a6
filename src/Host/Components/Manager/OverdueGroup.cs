namespace Samverkan.Host.Components.Manager;

/// <summary>Open tasks past their due date held by one organisation (or candidate group), and the most days overdue.</summary>
internal sealed record OverdueGroup(string Organisation, int Overdue, double MostDaysOverdue, IReadOnlyList<string> Processes);
