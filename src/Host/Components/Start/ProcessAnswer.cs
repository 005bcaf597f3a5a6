namespace Samverkan.Host.Components.Start;

/// <summary>The answer a process gave at once, as it recorded it (e.g. the red thread's <c>pull.reply</c> and <c>pull.route</c>).</summary>
public sealed record ProcessAnswer(string Reply, string? Route, DateTimeOffset? RespondBy)
{
    /// <summary>What the route means for the person who started it.</summary>
    public string? RouteText => Route switch
    {
        "P3" => "Närvårdskontoret kallar parterna till möte.",
        "P2" => "Det röda snöret är pausat: ärendet hanteras som ett samverkansproblem.",
        "P1" => "Ingen SIP har prövats: ärendet går vidare som SIP.",
        "rejected" => "Draget avvisades.",
        _ => null,
    };

    /// <summary>Whether the process took the case on its own path (not paused, rerouted or rejected).</summary>
    public bool Accepted => Route == "P3";
}
