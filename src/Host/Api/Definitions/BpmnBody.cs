using System.Text;
using Microsoft.Net.Http.Headers;

namespace Samverkan.Host.Api.Definitions;

/// <summary>Reads a BPMN file sent as the request body: XML media types only, never empty, never over the parser's limit.</summary>
internal static class BpmnBody
{
    /// <summary>The most characters a BPMN file may have, as the parser allows.</summary>
    public const int MaxCharacters = 10_000_000;

    public static readonly string[] MediaTypes = ["application/xml", "text/xml"];

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        // Routing already refuses other types (the endpoint declares what it accepts); this keeps the reader honest on its own.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !MediaTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException(
                $"Send the BPMN file as application/xml or text/xml, not '{request.ContentType ?? "(no content type)"}'.",
                StatusCodes.Status415UnsupportedMediaType);
        }
        using var reader = new StreamReader(request.Body, type.Encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            if (text.Length + read > MaxCharacters)
            {
                throw new BadHttpRequestException($"A BPMN file may have at most {MaxCharacters} characters.", StatusCodes.Status413PayloadTooLarge);
            }
            text.Append(buffer, 0, read);
        }
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text.ToString()))
        {
            throw new BadHttpRequestException("The body is empty; send the BPMN file's XML.");
        }
        return text.ToString();
    }
}
