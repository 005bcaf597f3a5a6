namespace Samverkan.Host.Components.Designer;

/// <summary>One attribute (a property path) and its value before and after; null when absent.</summary>
public sealed record AttributeChange(string Name, string? OldValue, string? NewValue);
