using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>A user task the engine committed: new, or changed (claimed, unclaimed, completed).</summary>
internal sealed record TaskChange(UserTaskView Task, bool IsNew);
