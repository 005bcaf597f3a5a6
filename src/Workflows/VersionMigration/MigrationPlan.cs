namespace Samverkan.Workflows.VersionMigration;

/// <summary>How serious a finding of a migration check is: an error stops the instance from moving.</summary>
public enum MigrationSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>One finding: a stable <see cref="MigrationCodes">code</see>, the element (source id) it concerns, and an English explanation.</summary>
public sealed record MigrationProblem(string Code, MigrationSeverity Severity, string? ElementId, string Message)
{
    public bool IsError => Severity == MigrationSeverity.Error;
}

/// <summary>Where an element of the source version goes in the target version: by equal id, or as the plan says.</summary>
public sealed record ElementMapping(string SourceId, string? SourceName, string TargetId, string? TargetName, bool Explicit);

/// <summary>
/// A migration plan from one version of a process to another: the mapping of every source element that has a place in the
/// target (equal ids map by themselves; <see cref="ElementMapping.Explicit"/> ones were asked for), and what is wrong with
/// the plan itself. A plan with errors moves nothing.
/// </summary>
public sealed record MigrationPlan(
    string Key,
    int SourceVersion,
    Guid SourceDefinitionId,
    int TargetVersion,
    Guid TargetDefinitionId,
    IReadOnlyList<ElementMapping> Mappings,
    IReadOnlyList<MigrationProblem> Problems,
    IReadOnlyDictionary<string, string> ExplicitMappings)
{
    public bool IsValid => Problems.All(p => !p.IsError);
}

/// <summary>Whether one instance can move under a plan, and why not or what will happen.</summary>
public sealed record InstanceMigrationCheck(Guid InstanceId, string? BusinessKey, IReadOnlyList<string> WaitingAt, IReadOnlyList<MigrationProblem> Problems)
{
    public bool Migratable => Problems.All(p => !p.IsError);
}

/// <summary>Which running instances of the source version a migration takes; every criterion given must hold.</summary>
public sealed record MigrationSelection
{
    /// <summary>Exactly these instances (they must run the source version).</summary>
    public IReadOnlyList<Guid>? InstanceIds { get; init; }
    public string? BusinessKey { get; init; }
    /// <summary>Instances with a token at this element (a source id).</summary>
    public string? WaitingAt { get; init; }
    public DateTimeOffset? StartedBefore { get; init; }
}
