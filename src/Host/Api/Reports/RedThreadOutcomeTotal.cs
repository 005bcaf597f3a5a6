namespace Samverkan.Host.Api.Reports;

/// <summary>The pulls in the period with one outcome, and their average lead time in days (of those that have one).</summary>
internal sealed record RedThreadOutcomeTotal(RedThreadOutcome Outcome, int Pulls, double? AverageLeadTimeDays);
