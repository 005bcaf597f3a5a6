using System.Globalization;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// A plan version as a reader gets it to print or download: the case's reference, the individual when the reader may
/// see them (else null), and whether it is the individual's copy (which leaves out the internal notes).
/// </summary>
public sealed record PlanDocument(string Reference, string? Individual, PlanVersion Version, bool ForIndividual)
{
    public static string Date(DateTimeOffset at) => SwedishTime.ToStockholm(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
