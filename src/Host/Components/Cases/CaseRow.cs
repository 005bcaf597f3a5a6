namespace Samverkan.Host.Components.Cases;

/// <summary>
/// One case on the list, de-identified for everyone (the reference and the title, which names nobody): the list shows
/// no individual, so opening it logs nothing. <see cref="IsOpen"/>: a process of the case still runs, or none was started yet.
/// </summary>
public sealed record CaseRow(
    Guid Id,
    string Reference,
    string? Title,
    IReadOnlyList<string> Organisations,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Processes,
    bool IsOpen,
    int OpenTasks,
    int OverdueTasks,
    DateTimeOffset? NextDue,
    IReadOnlyList<string> AssignedTo);
