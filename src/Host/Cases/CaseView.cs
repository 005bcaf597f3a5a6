using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases;

/// <summary>A case as one user may see it: <see cref="Person"/> is null when it is de-identified for them (or has no individual).</summary>
public sealed record CaseView(CaseRecord Case, IdentifiedPerson? Person, IReadOnlyList<Guid> InstanceIds);
