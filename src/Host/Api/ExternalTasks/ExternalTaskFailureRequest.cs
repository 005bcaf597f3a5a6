namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>
/// The worker failed. With <c>retries</c> left the task is offered again after <c>retryTimeout</c> milliseconds;
/// with none left an incident is raised.
/// </summary>
internal sealed record ExternalTaskFailureRequest(string WorkerId, string Message, int Retries = 0, long RetryTimeout = 0);
