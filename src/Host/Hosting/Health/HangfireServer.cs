namespace Samverkan.Host.Hosting.Health;

/// <summary>One Hangfire server as /health shows it; <see cref="ThisNode"/> marks the one this process runs.</summary>
internal sealed record HangfireServer(string Name, bool ThisNode, DateTime? Heartbeat, DateTime StartedAt, int Workers, IReadOnlyList<string> Queues);
