using Samverkan.Host.Persistence.InstanceMigrations;
using Samverkan.Host.VersionMigration;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.Api.Migrations;

/// <summary>One finding of a check: a stable code (see docs/migration.md), error, warning or info, the source element and an explanation.</summary>
internal sealed record MigrationProblemResponse(string Code, string Severity, string? ElementId, string Message)
{
    public static MigrationProblemResponse From(MigrationProblem p) => new(p.Code, p.Severity.ToString().ToLowerInvariant(), p.ElementId, p.Message);
}

internal sealed record ElementMappingResponse(string SourceId, string? SourceName, string TargetId, string? TargetName, bool Explicit);

internal sealed record MigrationPlanResponse(
    string Key, int SourceVersion, int TargetVersion, bool Valid, IReadOnlyList<ElementMappingResponse> Mappings, IReadOnlyList<MigrationProblemResponse> Problems)
{
    public static MigrationPlanResponse From(MigrationPlan plan) => new(plan.Key, plan.SourceVersion, plan.TargetVersion, plan.IsValid,
        plan.Mappings.Select(m => new ElementMappingResponse(m.SourceId, m.SourceName, m.TargetId, m.TargetName, m.Explicit)).ToList(),
        plan.Problems.Select(MigrationProblemResponse.From).ToList());
}

internal sealed record InstanceCheckResponse(Guid InstanceId, string? BusinessKey, IReadOnlyList<string> WaitingAt, bool Migratable, IReadOnlyList<MigrationProblemResponse> Problems)
{
    public static InstanceCheckResponse From(InstanceMigrationCheck c) =>
        new(c.InstanceId, c.BusinessKey, c.WaitingAt, c.Migratable, c.Problems.Select(MigrationProblemResponse.From).ToList());
}

/// <summary>The validation report: the plan, and for every selected instance whether it can move and why not.</summary>
internal sealed record MigrationReportResponse(MigrationPlanResponse Plan, int Total, int Migratable, IReadOnlyList<InstanceCheckResponse> Instances);

/// <summary>An instance that did not move: the codes of its reasons, the explanation, and each reason with its step.</summary>
internal sealed record MigrationFailureResponse(Guid InstanceId, string? BusinessKey, IReadOnlyList<string> Codes, string Message, IReadOnlyList<MigrationFailureReason> Reasons)
{
    public static MigrationFailureResponse From(MigrationFailure f) =>
        new(f.InstanceId, f.BusinessKey, f.Reasons.Select(r => r.Code).Distinct().ToList(), string.Join(" ", f.Reasons.Select(r => r.Message)), f.Reasons);
}

/// <summary>A batch: queued, running or completed, how many moved and which did not, with their reasons.</summary>
internal sealed record MigrationBatchResponse(
    Guid Id, string DefinitionKey, int SourceVersion, int TargetVersion, IReadOnlyDictionary<string, string> Mappings, MigrationBatchStatus Status,
    int Total, int Processed, int Migrated, int Failed, IReadOnlyList<MigrationFailureResponse> Failures, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    public static MigrationBatchResponse From(MigrationBatchView b) => new(b.Id, b.DefinitionKey, b.SourceVersion, b.TargetVersion, b.Mappings, b.Status,
        b.Total, b.Processed, b.Migrated, b.Failed, b.Failures.Select(MigrationFailureResponse.From).ToList(),
        b.CreatedBy, b.CreatedAt, b.StartedAt, b.FinishedAt);
}
