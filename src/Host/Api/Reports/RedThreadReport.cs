using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Reports;

/// <summary>
/// Builds the red-thread report from the engine's own records of workflows/roda-snoret.bpmn: each instance is a pull,
/// its variables give the party and the rule set's route, its history when the meeting was held.
/// </summary>
internal static class RedThreadReport
{
    // Names used by workflows/roda-snoret.bpmn and the RedThreadPull rule set.
    public const string ProcessKey = "rodaSnoret";
    private const string PartyVariable = "party";
    private const string RuleResultVariable = "pull";
    private const string RouteOutput = "route";
    private const string MeetingTask = "holdMeeting";

    public static async Task<RedThreadReportResponse> BuildAsync(ProcessEngine engine, ReportPeriod period, CancellationToken ct)
    {
        var items = new List<RedThreadPullResponse>();
        foreach (var instance in await engine.FindInstancesStartedAsync(ProcessKey, period.From, period.To, ct))
        {
            items.Add(await PullAsync(engine, instance, ct));
        }
        return new RedThreadReportResponse(period.From, period.To, items.Count, items, ByParty(items), ByOutcome(items));
    }

    private static async Task<RedThreadPullResponse> PullAsync(ProcessEngine engine, InstanceView instance, CancellationToken ct)
    {
        var outcome = OutcomeOf(instance.Variables);
        DateTimeOffset? meetingHeld = null;
        if (outcome == RedThreadOutcome.Convened)
        {
            var history = await engine.GetHistoryAsync(instance.Id, ct);
            meetingHeld = history.FirstOrDefault(h => h.Type == HistoryTypes.TaskCompleted && h.ElementId == MeetingTask)?.At;
        }
        var leadTimeEnd = outcome == RedThreadOutcome.Convened ? meetingHeld : instance.EndedAt;
        return new RedThreadPullResponse(instance.Id, instance.BusinessKey, instance.StartedAt,
            instance.Variables.GetValueOrDefault(PartyVariable) as string, outcome, instance.Status, meetingHeld, instance.EndedAt,
            leadTimeEnd is { } end ? Days(end - instance.StartedAt) : null);
    }

    private static RedThreadOutcome OutcomeOf(IReadOnlyDictionary<string, object?> variables) =>
        variables.GetValueOrDefault(RuleResultVariable) is IReadOnlyDictionary<string, object?> result
            ? (result.GetValueOrDefault(RouteOutput) as string) switch
            {
                "P3" => RedThreadOutcome.Convened,
                "P2" => RedThreadOutcome.PausedToP2,
                "P1" => RedThreadOutcome.RoutedToP1,
                "rejected" => RedThreadOutcome.Rejected,
                _ => RedThreadOutcome.Pending,
            }
            : RedThreadOutcome.Pending;

    private static List<RedThreadPartyTotal> ByParty(List<RedThreadPullResponse> items) =>
        items.GroupBy(i => i.Party ?? "")
            .Select(g => new RedThreadPartyTotal(g.Key, g.Count(),
                g.Count(i => i.Outcome == RedThreadOutcome.Convened),
                g.Count(i => i.Outcome == RedThreadOutcome.PausedToP2),
                g.Count(i => i.Outcome == RedThreadOutcome.RoutedToP1),
                g.Count(i => i.Outcome == RedThreadOutcome.Rejected),
                g.Count(i => i.Outcome == RedThreadOutcome.Pending),
                Average(g)))
            .OrderByDescending(t => t.Pulls).ThenBy(t => t.Party, StringComparer.Ordinal)
            .ToList();

    private static List<RedThreadOutcomeTotal> ByOutcome(List<RedThreadPullResponse> items) =>
        Enum.GetValues<RedThreadOutcome>().Select(outcome =>
        {
            var pulls = items.Where(i => i.Outcome == outcome).ToList();
            return new RedThreadOutcomeTotal(outcome, pulls.Count, Average(pulls));
        }).ToList();

    private static double? Average(IEnumerable<RedThreadPullResponse> pulls)
    {
        var days = pulls.Select(p => p.LeadTimeDays).OfType<double>().ToList();
        return days.Count == 0 ? null : Math.Round(days.Average(), 2);
    }

    private static double Days(TimeSpan span) => Math.Round(span.TotalDays, 2);
}
