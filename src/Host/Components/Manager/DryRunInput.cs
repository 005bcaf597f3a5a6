namespace Samverkan.Host.Components.Manager;

/// <summary>The pull a manager tries out: its date and the answers the puller would give.</summary>
public sealed class DryRunInput
{
    public DateOnly? Date { get; set; }

    public string Party { get; set; } = "polis";

    public bool IndividualHarmed { get; set; } = true;

    public bool UnreasonableBurden { get; set; } = true;

    public bool SipAttempted { get; set; } = true;
}
