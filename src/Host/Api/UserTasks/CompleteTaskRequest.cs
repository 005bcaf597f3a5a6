using System.Text.Json;

namespace Samverkan.Host.Api.UserTasks;

/// <summary>
/// The form values (checked against the task's form fields). <c>user</c> is accepted for older clients and ignored:
/// the task is recorded as completed by the signed-in caller.
/// </summary>
internal sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Variables = null, string? User = null);
