using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>
/// Notifications as their reader may see them, decided when they are read: one whose words come from a process
/// (<see cref="NotificationRecord.FromProcess"/>) shows them only if the reader may see its case's process data now
/// (<see cref="ProcessDataRule"/>), else it is withheld; an identified individual's shown this way is logged once per
/// case and read. A consent withdrawn after the notification was written withholds it from then on.
/// </summary>
internal sealed class NotificationShield(ProcessEngine engine, ProcessDataAccess data)
{
    public async Task<IReadOnlyList<NotificationRecord>> ShowAsync(IReadOnlyList<NotificationRecord> items, ICurrentUser reader, CancellationToken ct)
    {
        var decisions = new Dictionary<Guid, Disclosure>();
        foreach (var instanceId in items.Where(n => n.FromProcess).Select(n => n.InstanceId).OfType<Guid>().Distinct())
        {
            // An instance that is not found has no case to belong to: it is decided as one without.
            var instance = await engine.GetInstanceAsync(instanceId, ct);
            decisions[instanceId] = data.Decide(instance is null ? null : await data.CaseOfAsync(instance, ct), reader);
        }
        foreach (var revealed in decisions.Values.Where(d => d.RevealsIndividual).DistinctBy(d => d.CaseId))
        {
            await data.LogAsync(revealed, reader, "notifications read", null, ct);
        }
        return items.Select(n => Shown(n, decisions)).ToList();
    }

    public async Task<NotificationRecord> ShowAsync(NotificationRecord item, ICurrentUser reader, CancellationToken ct) =>
        (await ShowAsync([item], reader, ct))[0];

    // A process notice always names its instance; one that does not is withheld rather than guessed about.
    private static NotificationRecord Shown(NotificationRecord notification, Dictionary<Guid, Disclosure> decisions) =>
        !notification.FromProcess || notification.InstanceId is { } id && decisions.GetValueOrDefault(id) is { ShowsValues: true }
            ? notification
            : notification.Withheld();
}
