namespace Samverkan.Host.Api.Reports;

/// <summary>A party's pulls in the period, per outcome, and their average lead time in days (of those that have one).</summary>
internal sealed record RedThreadPartyTotal(
    string Party,
    int Pulls,
    int Convened,
    int PausedToP2,
    int RoutedToP1,
    int Rejected,
    int Pending,
    double? AverageLeadTimeDays);
