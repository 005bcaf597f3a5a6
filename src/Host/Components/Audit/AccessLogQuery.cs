using System.Globalization;
using Samverkan.Host.Audit;
using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Components.Audit;

/// <summary>
/// The access log page's filter as the auditor types it: texts for the ids, days in Stockholm time (both
/// inclusive). Turns into the reader's <see cref="AuditFilter"/> and the CSV export's address, or says in Swedish
/// what is wrong with it.
/// </summary>
public sealed class AccessLogQuery
{
    public string? User { get; set; }
    public string? Organisation { get; set; }
    public string? PersonId { get; set; }
    public string? CaseId { get; set; }
    public DateTime? FromDay { get; set; }
    public DateTime? ToDay { get; set; }
    public AuditAction? Action { get; set; }

    public string? PersonIdError => IdError(PersonId, "personens");
    public string? CaseIdError => IdError(CaseId, "ärendets");
    public string? DaysError => FromDay is { } from && ToDay is { } to && to < from ? "Till-dagen ligger före från-dagen." : null;
    public bool IsValid => PersonIdError is null && CaseIdError is null && DaysError is null;

    /// <summary>The filter to read with; call only when <see cref="IsValid"/>.</summary>
    public AuditFilter ToFilter() => new(
        Trimmed(User),
        Id(PersonId),
        FromDay is { } from ? SwedishTime.FromLocal(from.Date) : null,
        // The whole "to" day counts; the reader's upper bound is exclusive.
        ToDay is { } to ? SwedishTime.FromLocal(to.Date.AddDays(1)) : null,
        Action,
        Id(CaseId),
        Trimmed(Organisation));

    /// <summary>/api/audit.csv with the same filter: the browser's sign-in cookie authenticates it, and the reader logs the export.</summary>
    public string CsvUrl()
    {
        var filter = ToFilter();
        var parts = new List<string>();
        Add(parts, "user", filter.UserId);
        Add(parts, "organisation", filter.Organisation);
        Add(parts, "personId", filter.PersonId?.ToString());
        Add(parts, "caseId", filter.CaseId?.ToString());
        Add(parts, "from", filter.From?.ToString("O", CultureInfo.InvariantCulture));
        Add(parts, "to", filter.To?.ToString("O", CultureInfo.InvariantCulture));
        Add(parts, "action", filter.Action?.ToString());
        return parts.Count == 0 ? "/api/audit.csv" : "/api/audit.csv?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static string? IdError(string? text, string whose) =>
        string.IsNullOrWhiteSpace(text) || Guid.TryParse(text.Trim(), out _)
            ? null
            : $"Ange {whose} interna id (t.ex. 3f2504e0-4f89-11d3-9a0c-0305e82c3301), inte personnummer eller namn.";

    private static Guid? Id(string? text) => Guid.TryParse(text?.Trim(), out var id) ? id : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
