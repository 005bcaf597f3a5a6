namespace Samverkan.Host.Components.Manager;

/// <summary>Open samverkansproblem at one level of the ladder, and how long the oldest has been open.</summary>
internal sealed record EscalationLevel(string Level, int Open, double? OldestDays);
