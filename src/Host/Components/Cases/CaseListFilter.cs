namespace Samverkan.Host.Components.Cases;

/// <summary>
/// What the case list is narrowed to: whose cases, one process (definition key), open or closed, only those with an
/// overdue task, one participating organisation. Null means any.
/// </summary>
public sealed record CaseListFilter(
    CaseScope Scope = CaseScope.Organisation,
    string? Process = null,
    bool? Open = null,
    bool OverdueOnly = false,
    string? Organisation = null)
{
    public bool Matches(CaseRow row, string userId) =>
        (Scope == CaseScope.Organisation || row.CreatedBy == userId || row.AssignedTo.Contains(userId, StringComparer.Ordinal))
        && (Process is null || row.Processes.Contains(Process, StringComparer.Ordinal))
        && (Open is null || row.IsOpen == Open)
        && (!OverdueOnly || row.OverdueTasks > 0)
        && (Organisation is null || row.Organisations.Contains(Organisation, StringComparer.OrdinalIgnoreCase));
}
