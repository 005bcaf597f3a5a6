using System.Text;
using Samverkan.Host.Api.Reports;
using Samverkan.Host.Security;

namespace Samverkan.Host.Components.Manager;

/// <summary><c>/rapporter/{report}.csv</c>: each report of the manager's page as a CSV file, for managers only.</summary>
internal static class ReportDownloads
{
    public static IEndpointConventionBuilder MapReportDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/rapporter/{report}.csv", async (string report, string? from, string? to, ReportQueries reports, TimeProvider clock, CancellationToken ct) =>
            {
                ReportPeriod period;
                try
                {
                    period = ReportPeriods.Parse(from, to, clock.GetUtcNow());
                }
                catch (BadHttpRequestException e)
                {
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }
                var csv = await ReportCsv.BuildAsync(report, reports, period, ct);
                return csv is null
                    ? Results.NotFound()
                    : Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"{report}.csv");
            })
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.Manage);
}
