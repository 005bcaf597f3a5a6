namespace Samverkan.Workflows.Abstractions;

/// <summary>Asks for "fire timer N" at its due time. The store is the truth; a scheduler may fire twice or late.</summary>
public interface ITimerScheduler
{
    void Schedule(Guid timerId, DateTimeOffset dueAt);
}
