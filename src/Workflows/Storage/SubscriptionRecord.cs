namespace Samverkan.Workflows.Storage;

/// <summary>An element instance waiting for a message or a signal with a given name.</summary>
internal sealed class SubscriptionRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long ElementInstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public SubscriptionKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? BusinessKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public SubscriptionRecord Clone() => (SubscriptionRecord)MemberwiseClone();
}
