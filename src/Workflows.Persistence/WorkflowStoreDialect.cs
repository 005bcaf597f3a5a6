namespace Samverkan.Workflows.Persistence;

/// <summary>What the store must know of its database that EF Core does not say; each provider project gives one.</summary>
/// <param name="SingleWriter">One writer at a time (SQLite): commits of this process queue in memory.</param>
/// <param name="IsUniqueViolation">The error of a row that someone else wrote first, which becomes a concurrency conflict.</param>
/// <param name="SkipLocked">Rows can be locked by a query and passed over by others (<c>FOR UPDATE SKIP LOCKED</c>):
/// claims of due timers by several processes at once take different timers rather than wait for each other.</param>
internal sealed record WorkflowStoreDialect(bool SingleWriter, Func<Exception, bool> IsUniqueViolation, bool SkipLocked = false);
