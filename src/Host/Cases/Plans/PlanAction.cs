namespace Samverkan.Host.Cases.Plans;

/// <summary>What an actor other than the huvudmän does.</summary>
public sealed record PlanAction(string Actor, string Action);
