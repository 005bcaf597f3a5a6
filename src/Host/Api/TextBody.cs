using System.Text;
using Microsoft.Net.Http.Headers;

namespace Samverkan.Host.Api;

/// <summary>Reads a file sent as the request body, as text: the given media types only, never empty, never over a size limit.</summary>
internal static class TextBody
{
    /// <param name="file">What the file is, for the messages, e.g. "BPMN file".</param>
    public static async Task<string> ReadAsync(HttpRequest request, IReadOnlyCollection<string> mediaTypes, int maxCharacters, string file, CancellationToken ct)
    {
        // Routing already refuses other types (the endpoint declares what it accepts); this keeps the reader honest on its own.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !mediaTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException(
                $"Send the {file} as {string.Join(" or ", mediaTypes)}, not '{request.ContentType ?? "(no content type)"}'.",
                StatusCodes.Status415UnsupportedMediaType);
        }
        using var reader = new StreamReader(request.Body, type.Encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            if (text.Length + read > maxCharacters)
            {
                throw new BadHttpRequestException($"A {file} may have at most {maxCharacters} characters.", StatusCodes.Status413PayloadTooLarge);
            }
            text.Append(buffer, 0, read);
        }
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text.ToString()))
        {
            throw new BadHttpRequestException($"The body is empty; send the {file}.");
        }
        return text.ToString();
    }
}
