namespace Samverkan.Workflows.Model;

/// <summary>Cancel: thrown by a cancel end event inside a transaction, caught by the cancel boundary event on the transaction.</summary>
public sealed record CancelTrigger : EventTrigger
{
    public static CancelTrigger Instance { get; } = new();
}
