namespace Samverkan.Host.Api.UserTasks;

/// <summary>One value an enum form field accepts: the id to send, the name to show.</summary>
internal sealed record FormFieldOptionResponse(string Id, string Name);
