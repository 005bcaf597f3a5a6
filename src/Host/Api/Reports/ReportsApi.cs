using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.Reports;

/// <summary>/api/reports: evaluations built from the processes' own records.</summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Policies.Manage);

        group.MapGet("/red-thread", RedThreadAsync)
            .WithName("GetRedThreadReport")
            .WithSummary("Every pull of the red thread in a period (from and to: dates, both included, or ISO 8601 instants, to excluded) " +
                "with its party, outcome and lead time, and totals per party and per outcome")
            .ProducesProblems(400);
    }

    private static async Task<Ok<RedThreadReportResponse>> RedThreadAsync(string? from, string? to, ProcessEngine engine, CancellationToken ct) =>
        TypedResults.Ok(await RedThreadReport.BuildAsync(engine, ReportPeriod.Parse(from, to), ct));
}
