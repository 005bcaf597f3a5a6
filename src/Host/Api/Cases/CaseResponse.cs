using Samverkan.Host.Cases;

namespace Samverkan.Host.Api.Cases;

/// <summary>
/// A case as the caller may see it. <c>identified</c> false: no person (de-identified for the caller, or raised
/// without one; the two look alike), only the opaque <c>reference</c>. <c>registeredBy</c>: the organisation that reads the
/// case without a consent. <c>instanceIds</c>: the processes whose business key is the case id.
/// </summary>
internal sealed record CaseResponse(
    Guid Id,
    string Reference,
    bool Identified,
    CasePersonResponse? Person,
    IReadOnlyList<string> Organisations,
    string? RegisteredBy,
    string? Title,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Guid> InstanceIds)
{
    public static CaseResponse From(CaseView view) =>
        new(view.Case.Id, view.Case.Reference, view.Person is not null, view.Person is { } person ? CasePersonResponse.From(person) : null,
            view.Case.Organisations, view.Case.RegisteredBy, view.Case.Title, view.Case.CreatedBy, view.Case.CreatedAt, view.InstanceIds);
}
