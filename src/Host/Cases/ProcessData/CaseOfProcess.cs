using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>The case an instance belongs to, with the consents of its individual that are not withdrawn.</summary>
internal sealed record CaseOfProcess(CaseRecord Case, IReadOnlyList<ConsentRecord> Consents);
