namespace Samverkan.Host.Api.UserTasks;

/// <summary>Who takes the task.</summary>
internal sealed record ClaimTaskRequest(string User);
