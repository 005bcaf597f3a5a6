using System.Text.Json;

namespace Samverkan.Host.Api.UserTasks;

/// <summary>The form values (checked against the task's form fields) and, optionally, who completed it (else the assignee).</summary>
internal sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Variables = null, string? User = null);
