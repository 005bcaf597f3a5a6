namespace Samverkan.Workflows.Execution;

/// <summary>A rule set failed to evaluate for a business rule task; the task gets an incident.</summary>
internal sealed class BusinessRuleException(string message, Exception inner) : Exception(message, inner);
