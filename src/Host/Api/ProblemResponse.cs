namespace Samverkan.Host.Api;

/// <summary>
/// How every API error looks (RFC 9457, application/problem+json); the OpenAPI document shows this shape.
/// <c>errors</c> comes where it applies: BPMN diagnostics, form fields, a variable, a place in the JSON body.
/// </summary>
internal sealed record ProblemResponse(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Instance,
    string TraceId,
    IReadOnlyList<ProblemError>? Errors);
