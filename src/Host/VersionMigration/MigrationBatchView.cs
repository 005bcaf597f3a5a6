using Samverkan.Host.Persistence.InstanceMigrations;

namespace Samverkan.Host.VersionMigration;

/// <summary>One reason an instance did not move: the stable code, the step (a source element id) and the explanation.</summary>
public sealed record MigrationFailureReason(string Code, string? ElementId, string Message);

/// <summary>An instance a batch could not move, with its reasons.</summary>
public sealed record MigrationFailure(Guid InstanceId, string? BusinessKey, IReadOnlyList<MigrationFailureReason> Reasons);

/// <summary>A batch of instance migrations as callers see it: the plan asked for, how far it has come, and what failed.</summary>
public sealed record MigrationBatchView(
    Guid Id,
    string DefinitionKey,
    int SourceVersion,
    int TargetVersion,
    IReadOnlyDictionary<string, string> Mappings,
    MigrationBatchStatus Status,
    int Total,
    int Processed,
    int Migrated,
    int Failed,
    IReadOnlyList<MigrationFailure> Failures,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);
