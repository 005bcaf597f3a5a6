namespace Samverkan.Host.Api.Reports;

/// <summary>Where a pull of the red thread went, from the RedThreadPull rule set's route.</summary>
internal enum RedThreadOutcome
{
    /// <summary>Närvårdskontoret convenes the parties (route P3).</summary>
    Convened,
    /// <summary>Registered during a pause, answered and handled as a samverkansproblem (route P2).</summary>
    PausedToP2,
    /// <summary>No SIP had been attempted: routed to SIP (route P1).</summary>
    RoutedToP1,
    /// <summary>The party may not pull, or the preconditions were not met.</summary>
    Rejected,
    /// <summary>Not assessed (yet): the rule set has not given a route, e.g. because of an incident.</summary>
    Pending,
}
