namespace Samverkan.Host.Cases.Plans;

/// <summary>An insats of the plan and the huvudman responsible for it.</summary>
public sealed record PlanIntervention(string Description, string? Huvudman);
