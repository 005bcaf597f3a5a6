using Samverkan.Workflows.Execution;

namespace Samverkan.Workflows.VersionMigration;

/// <summary>A plan (422) or an instance (409) that cannot move, with every reason found.</summary>
public sealed class MigrationRefusedException(EngineErrorKind kind, string message, IReadOnlyList<MigrationProblem> problems)
    : EngineException(kind, message)
{
    public IReadOnlyList<MigrationProblem> Problems { get; } = problems;
}
