namespace Samverkan.Host.Api.Reports;

/// <summary>The evaluation Styrgrupp närvård asked for: every pull of the red thread in [From, To), with totals.</summary>
internal sealed record RedThreadReportResponse(
    DateTimeOffset From,
    DateTimeOffset To,
    int Pulls,
    IReadOnlyList<RedThreadPullResponse> Items,
    IReadOnlyList<RedThreadPartyTotal> ByParty,
    IReadOnlyList<RedThreadOutcomeTotal> ByOutcome);
