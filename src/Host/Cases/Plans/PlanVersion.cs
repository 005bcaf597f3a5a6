namespace Samverkan.Host.Cases.Plans;

/// <summary>One saved version of a case's SIP plan; <see cref="Notes"/> are internal and left out of the individual's copy.</summary>
public sealed record PlanVersion(Guid InstanceId, int Version, string Step, SipPlan Plan, string? Notes, string RecordedBy, DateTimeOffset RecordedAt)
{
    public string StepName => Step == SipPlan.EstablishStep ? "Planen upprättades" : Plan.Closed ? "Planen följdes upp och avslutades" : "Planen följdes upp";
}
