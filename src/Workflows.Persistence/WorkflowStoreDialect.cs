namespace Samverkan.Workflows.Persistence;

/// <summary>What the store must know of its database that EF Core does not say; each provider project gives one.</summary>
/// <param name="SingleWriter">One writer at a time (SQLite): commits of this process queue in memory.</param>
/// <param name="IsUniqueViolation">The error of a row that someone else wrote first, which becomes a concurrency conflict.</param>
internal sealed record WorkflowStoreDialect(bool SingleWriter, Func<Exception, bool> IsUniqueViolation);
