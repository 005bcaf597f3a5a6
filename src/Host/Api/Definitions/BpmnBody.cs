namespace Samverkan.Host.Api.Definitions;

/// <summary>Reads a BPMN file sent as the request body: XML media types only, never empty, never over the parser's limit.</summary>
internal static class BpmnBody
{
    /// <summary>The most characters a BPMN file may have, as the parser allows.</summary>
    public const int MaxCharacters = 10_000_000;

    public static readonly string[] MediaTypes = ["application/xml", "text/xml"];

    public static Task<string> ReadAsync(HttpRequest request, CancellationToken ct) =>
        TextBody.ReadAsync(request, MediaTypes, MaxCharacters, "BPMN file", ct);
}
