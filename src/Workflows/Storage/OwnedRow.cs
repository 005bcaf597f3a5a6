namespace Samverkan.Workflows.Storage;

/// <summary>
/// A row (a task, a timer) and the instance that owns it, read together in one statement, so that the row is exactly
/// as new as the instance revision a commit will check. <see cref="Instance"/> is null for a row without an instance
/// (a timer start event's timer) or one whose instance is gone.
/// </summary>
internal sealed record OwnedRow<T>(T Row, InstanceRecord? Instance) where T : class;
