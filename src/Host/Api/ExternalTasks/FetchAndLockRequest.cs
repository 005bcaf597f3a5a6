namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>
/// A worker asks for up to <c>maxTasks</c> tasks on its topics and holds them for <c>lockDuration</c> milliseconds. It gets
/// the values of the <c>variables</c> it names, and no others (none when it names none).
/// </summary>
internal sealed record FetchAndLockRequest(string WorkerId, IReadOnlyList<string> Topics, long LockDuration, int MaxTasks = 10,
    IReadOnlyList<string>? Variables = null);
