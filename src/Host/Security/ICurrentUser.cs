namespace Samverkan.Host.Security;

/// <summary>
/// Who is acting: the signed-in user of a request, the engine itself (<see cref="IsSystem"/>), or nobody
/// (<see cref="IsAnonymous"/>). Everything that decides what a caller may see, and the access log, asks this port;
/// each way of signing in only has to supply another implementation of it.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The user's stable id, "system" for the engine's own jobs, null when nobody is signed in.</summary>
    string? UserId { get; }

    /// <summary>A name to show; the id when none is known. Never written to the technical log.</summary>
    string DisplayName { get; }

    /// <summary>Role ids such as <see cref="Roles.Granskare"/>; empty for anonymous callers and the system.</summary>
    IReadOnlyList<string> Roles { get; }

    /// <summary>Organisation ids the user acts for (kommun, region unit, polis, ...); empty for anonymous callers and the system.</summary>
    IReadOnlyList<string> Organisations { get; }

    /// <summary>
    /// The task groups the user is in: explicit groups, roles and organisations together (case-insensitively distinct),
    /// so a task for the candidate group "handlaggare" or "kommun-a" reaches them too.
    /// </summary>
    IReadOnlyList<string> Groups => [.. Roles.Concat(Organisations).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The engine acting on its own (jobs, timers), not on behalf of a person.</summary>
    bool IsSystem { get; }

    bool IsAnonymous => UserId is null;

    bool IsInRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);

    bool BelongsTo(string organisation) => Organisations.Contains(organisation, StringComparer.OrdinalIgnoreCase);
}
