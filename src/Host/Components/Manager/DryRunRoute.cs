namespace Samverkan.Host.Components.Manager;

/// <summary>Where a pull goes, from the RedThreadPull rule set's route output.</summary>
public enum DryRunRoute
{
    /// <summary>P3: Närvårdskontoret convenes the parties.</summary>
    Accepted,
    /// <summary>P2: registered during a pause, answered and handled as a samverkansproblem.</summary>
    Paused,
    /// <summary>P1: no SIP attempted, the need goes to SIP.</summary>
    ToSip,
    /// <summary>The party may not pull, or the preconditions are not met.</summary>
    Rejected,
}
