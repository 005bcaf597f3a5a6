using System.Diagnostics;
using Samverkan.Workflows.Execution;

namespace Samverkan.Workflows.Telemetry;

/// <summary>The engine's spans. No listener (telemetry off) makes every span null and costs next to nothing.</summary>
internal static class EngineActivities
{
    public const string StartInstance = "StartInstance";
    public const string CompleteTask = "CompleteTask";
    public const string FireTimer = "FireTimer";
    public const string CorrelateMessage = "CorrelateMessage";

    public const string InstanceIdTag = "samverkan.instance.id";
    public const string TaskIdTag = "samverkan.task.id";
    public const string TimerIdTag = "samverkan.timer.id";
    public const string MessageNameTag = "samverkan.message.name";
    public const string FiredTag = "samverkan.timer.fired";

    public static readonly ActivitySource Source = new(WorkflowsTelemetry.ActivitySourceName);

    /// <summary>
    /// Runs <paramref name="work"/> in a span named <paramref name="operation"/>. A failure marks the span with the kind of
    /// error only: an engine message may name a business key, which a trace must not carry.
    /// </summary>
    public static async Task<T> TraceAsync<T>(string operation, Func<Activity?, Task<T>> work)
    {
        using var activity = Source.StartActivity(operation);
        try
        {
            return await work(activity);
        }
        catch (Exception ex) when (activity is not null)
        {
            var kind = ex is EngineException engine ? engine.Kind.ToString() : ex.GetType().Name;
            activity.SetStatus(ActivityStatusCode.Error, kind);
            activity.SetTag("error.type", kind);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a span named <paramref name="operation"/> that carries one tag.</summary>
    public static Task<T> TraceAsync<T>(string operation, string tag, object? value, Func<Task<T>> work) =>
        TraceAsync(operation, activity =>
        {
            activity?.SetTag(tag, value);
            return work();
        });

    /// <summary>Tags the current span (the operation's, when one is being traced).</summary>
    public static void Tag(string key, string? value) => Activity.Current?.SetTag(key, value);

    /// <summary>Marks the current span with a commit that lost to another trigger and starts over.</summary>
    public static void ConflictRetried(int attempt) =>
        Activity.Current?.AddEvent(new ActivityEvent("commit conflict", tags: new ActivityTagsCollection { ["samverkan.attempt"] = attempt }));
}
