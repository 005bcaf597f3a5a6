using System.Globalization;
using System.Text;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Audit;

/// <summary>
/// The access log as CSV (RFC 4180: comma, CRLF, quoted where needed, quotes doubled). A cell that a spreadsheet
/// would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
/// </summary>
internal static class AuditCsv
{
    public static readonly string[] Columns =
        ["at", "userId", "organisations", "roles", "action", "personId", "caseId", "taskId", "consentId", "detail"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Line(Columns));
        await foreach (var entry in entries.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(Row(entry)));
        }
    }

    public static string[] Row(AuditEntry e) =>
    [
        e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        e.UserId, e.Organisations, e.Roles, e.Action.ToString(),
        Id(e.PersonId), Id(e.CaseId), Id(e.TaskId), Id(e.ConsentId), e.Detail ?? "",
    ];

    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Id(Guid? id) => id?.ToString() ?? "";
}
