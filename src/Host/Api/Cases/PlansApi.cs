using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Samverkan.Host.Cases;
using Samverkan.Host.Cases.Plans;
using Samverkan.Host.Security;

namespace Samverkan.Host.Api.Cases;

/// <summary>/api/cases/{id}/plan.pdf and plan.ics: the case's SIP plan to print (internal or the individual's copy) and its next follow-up.</summary>
internal static class PlansApi
{
    private const string Internal = "internal";
    private const string Individual = "individual";

    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases/{id:guid}").WithTags("Cases").WithLogScope("id", "CaseId").WithCaseProblems()
            .RequireAuthorization(Policies.Work);

        group.MapGet("/plan.pdf", PdfAsync)
            .WithName("GetPlanPdf")
            .WithSummary("The SIP plan as PDF: the latest version or ?version=n; ?copy=individual leaves out the internal notes. Logged as an identified read when it names the individual")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblems(400, 401, 403, 404, 422, 503);

        group.MapGet("/plan.ics", CalendarAsync)
            .WithName("GetPlanCalendar")
            .WithSummary("The plan's next follow-up as an iCalendar file; it names the case by its reference only")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesProblems(401, 403, 404);
    }

    /// <summary>Also behind the case page's download link (<c>/arenden/{id}/plan.pdf</c>, signed in with the browser's cookie).</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        Guid id, int? version, string? copy, PlanDownloads plans, IOptions<CasesOptions> options, ICurrentUser user, CancellationToken ct)
    {
        var kind = copy?.Trim().ToLowerInvariant() ?? Internal;
        if (kind is not (Internal or Individual))
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, $"copy: use '{Internal}' or '{Individual}'.",
                new[] { ProblemError.ForField("copy", $"Use '{Internal}' (with the internal notes) or '{Individual}' (the individual's copy).") });
        }
        if (!PlanFonts.TryInstall(options.Value.PdfFontsPath, out var problem))
        {
            return ApiProblems.Result(StatusCodes.Status503ServiceUnavailable, problem!);
        }
        var document = await plans.DocumentAsync(id, version, kind == Individual, user, ct);
        var name = $"sip-{document.Reference}-v{document.Version.Version}{(document.ForIndividual ? "-enskild" : "")}.pdf";
        return TypedResults.File(PlanPdf.Write(document), "application/pdf", name);
    }

    internal static async Task<FileContentHttpResult> CalendarAsync(Guid id, PlanDownloads plans, ICurrentUser user, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await plans.NextMeetingAsync(id, user, ct)), "text/calendar; charset=utf-8", "sip-uppfoljning.ics");
}
