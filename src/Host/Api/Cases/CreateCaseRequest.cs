namespace Samverkan.Host.Api.Cases;

/// <summary>POST /api/cases: the organisations that take part, a title that names nobody, and the individual unless the case is raised de-identified.</summary>
internal sealed record CreateCaseRequest(IReadOnlyList<string> Organisations, string? Title = null, CasePersonRequest? Person = null);
