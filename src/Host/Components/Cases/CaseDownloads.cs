using Samverkan.Host.Api.Cases;
using Samverkan.Host.Cases;
using Samverkan.Host.Security;

namespace Samverkan.Host.Components.Cases;

/// <summary>
/// <c>/arenden/{id}/plan.pdf</c> and <c>plan.ics</c>: the plan's downloads for the case page, signed in with the browser's
/// cookie (the API takes bearer tokens only). The same handlers as <see cref="PlansApi"/>; a refusal is a Swedish sentence.
/// </summary>
internal static class CaseDownloads
{
    public static void MapCaseDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/arenden/{id:guid}").ExcludeFromDescription().RequireAuthorization(Policies.Work)
            .AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (CaseException refused)
                {
                    return Results.Text(Swedish(refused.Kind), "text/plain; charset=utf-8", statusCode: CaseProblems.StatusOf(refused.Kind));
                }
            });
        group.MapGet("/plan.pdf", PlansApi.PdfAsync);
        group.MapGet("/plan.ics", PlansApi.CalendarAsync);
    }

    private static string Swedish(CaseErrorKind kind) => kind switch
    {
        CaseErrorKind.NotFound => "Ärendet finns inte, har ingen SIP-plan ännu, eller planen är avslutad utan nästa uppföljning.",
        CaseErrorKind.Forbidden => "Du får inte se planen: den visas bara för organisationer i ärendet som får se individen (ett samtycke som gäller nu).",
        CaseErrorKind.Invalid => "Den versionen av planen finns inte.",
        _ => "Planen kunde inte hämtas.",
    };
}
