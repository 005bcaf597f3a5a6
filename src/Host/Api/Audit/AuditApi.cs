using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Audit;
using Samverkan.Host.Security;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Api.Audit;

/// <summary>/api/audit and /api/audit.csv: the access log for auditors, newest first; every read of it is logged too.</summary>
internal static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Audit").RequireAuthorization(Policies.Audit);

        group.MapGet("/audit", PageAsync)
            .WithName("ReadAccessLog")
            .WithSummary("Access log entries, newest first; filter by user, organisation, personId, caseId, from (inclusive), to (exclusive), action")
            .ProducesProblems(400, 401, 403);

        group.MapGet("/audit.csv", ExportAsync)
            .WithName("ExportAccessLog")
            .WithSummary("The same entries as CSV (RFC 4180); cells that a spreadsheet would run as formulas start with an apostrophe")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblems(400, 401, 403);
    }

    private static async Task<Ok<PagedResponse<AuditEntryResponse>>> PageAsync(
        string? user, Guid? personId, DateTimeOffset? from, DateTimeOffset? to, string? action, Guid? caseId, string? organisation,
        int? page, int? pageSize, AuditReader reader, ICurrentUser auditor, CancellationToken ct)
    {
        var paging = QueryValues.Paging(page, pageSize);
        var result = await reader.PageAsync(Filter(user, personId, from, to, action, caseId, organisation), paging.Page, paging.PageSize, auditor, ct);
        return TypedResults.Ok(PagedResponse<AuditEntryResponse>.From(result, AuditEntryResponse.From));
    }

    private static async Task<PushStreamHttpResult> ExportAsync(
        string? user, Guid? personId, DateTimeOffset? from, DateTimeOffset? to, string? action, Guid? caseId, string? organisation,
        AuditReader reader, ICurrentUser auditor, HttpContext http, CancellationToken ct)
    {
        var entries = await reader.ExportAsync(Filter(user, personId, from, to, action, caseId, organisation), auditor, ct);
        return TypedResults.Stream(output => AuditCsv.WriteAsync(output, entries, http.RequestAborted),
            "text/csv; charset=utf-8", "samverkan-access-log.csv");
    }

    private static AuditFilter Filter(
        string? user, Guid? personId, DateTimeOffset? from, DateTimeOffset? to, string? action, Guid? caseId, string? organisation) =>
        new(Trimmed(user), personId, from, to, QueryValues.Enum<AuditAction>("action", action), caseId, Trimmed(organisation));

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
