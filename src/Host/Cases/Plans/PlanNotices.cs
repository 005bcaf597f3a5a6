using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Notifications;
using Samverkan.Host.Notifications.Engine;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// Tells everyone the SIP routes to (<c>routing.everyone</c>) that a new version of the plan was saved. The notice names
/// the case by its reference only; it carries the SIP's instance, through which the notifications page links to the case.
/// </summary>
internal sealed class PlanNotices(IDbContextFactory<CasesDbContext> contexts, ProcessEngine engine, INotifier notifier)
{
    public async Task TellAsync(PlanVersionRecord saved, CancellationToken ct)
    {
        var instance = await engine.GetInstanceAsync(saved.InstanceId, ct);
        if (instance?.Variables.GetValueOrDefault("routing") is not IReadOnlyDictionary<string, object?> routing || !routing.ContainsKey("everyone"))
        {
            // A SIP that routed no participants has nobody to tell.
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reference = await db.Cases.Where(c => c.Id == saved.CaseId).Select(c => c.Reference).SingleAsync(ct);
        var body = $"Version {saved.Version} av planen i ärende {reference} är sparad: "
            + (saved.Step == SipPlan.EstablishStep ? "planen har upprättats." : "planen har följts upp.");
        await notifier.NotifyAsync(new NotificationRequest(NotificationKind.PlanUpdated, HandlerVariables.Recipients(routing, "everyone"),
            NotificationTexts.DefaultTitle(NotificationKind.PlanUpdated), body)
        {
            InstanceId = saved.InstanceId,
            DedupeKey = $"plan:{saved.Id}",
        }, ct);
    }
}
