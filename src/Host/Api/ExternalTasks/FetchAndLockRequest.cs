namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>A worker asks for up to <c>maxTasks</c> tasks on its topics and holds them for <c>lockDuration</c> milliseconds.</summary>
internal sealed record FetchAndLockRequest(string WorkerId, IReadOnlyList<string> Topics, long LockDuration, int MaxTasks = 10);
