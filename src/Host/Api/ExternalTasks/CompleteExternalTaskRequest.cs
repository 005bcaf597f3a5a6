using System.Text.Json;

namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>The worker that holds the task is done; its variables are set on the task's scope.</summary>
internal sealed record CompleteExternalTaskRequest(string WorkerId, Dictionary<string, JsonElement>? Variables = null);
