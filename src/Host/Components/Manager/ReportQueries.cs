using Samverkan.Host.Api.Reports;
using Samverkan.Host.Notifications;
using Samverkan.Host.Security.Accounts;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Manager;

/// <summary>
/// The manager's reports, read from the engine's own records of the real workflows: red-thread pulls (the same query
/// as GET /api/reports/red-thread), open escalations per level, overdue tasks per organisation and SIP lead times.
/// </summary>
internal sealed class ReportQueries(ProcessEngine engine, TimeProvider clock, IServiceProvider services)
{
    // Element ids of workflows/samverkansproblem.bpmn's ladder, and of workflows/sip.bpmn's plan.
    public const string EscalationKey = "samverkansproblem";
    public const string SipKey = "sip";
    public const string SipPlanTask = "establishPlan";
    private const int PageSize = 500;

    /// <summary>The ladder's levels in order, with the tasks that stand for each.</summary>
    public static IReadOnlyList<(string Level, string[] Elements)> Levels { get; } =
    [
        ("Inledning: avidentifiering eller samtycke", ["completeIntake"]),
        ("Handläggarnivå", ["handleAtCaseWorkerLevel"]),
        ("Ledningsnivå", ["handleAtManagementLevel"]),
        ("Vårdsamverkansgrupp/Styrgrupp närvård", ["prepareCase", "decideCase"]),
    ];

    public Task<RedThreadReportResponse> RedThreadAsync(ReportPeriod period, CancellationToken ct = default) =>
        RedThreadReport.BuildAsync(engine, period, ct);

    /// <summary>Samverkansproblem open now, per level they stand at (instances raised from the red thread included).</summary>
    public async Task<IReadOnlyList<EscalationLevel>> OpenEscalationsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var open = new List<InstanceView>();
        for (var page = 1; ; page++)
        {
            var result = await engine.QueryInstancesAsync(
                new InstanceQuery { DefinitionKey = EscalationKey, Status = InstanceStatus.Active, Page = page, PageSize = PageSize }, ct);
            open.AddRange(result.Items);
            if (result.Items.Count < PageSize)
            {
                break;
            }
        }
        var levels = Levels.Select(l => (l.Level, Instances: open.Where(i => i.ActiveElementIds.Intersect(l.Elements).Any()).ToList())).ToList();
        var placed = levels.SelectMany(l => l.Instances).Select(i => i.Id).ToHashSet();
        levels.Add(("Annat steg", open.Where(i => !placed.Contains(i.Id)).ToList()));
        return [.. levels
            .Where(l => l.Instances.Count > 0 || l.Level != "Annat steg")
            .Select(l => new EscalationLevel(l.Level, l.Instances.Count,
                l.Instances.Count == 0 ? null : Math.Round(l.Instances.Max(i => (now - i.StartedAt).TotalDays), 1)))];
    }

    /// <summary>
    /// Open tasks past their due date now, per organisation: a claimed task counts for its assignee's organisation (from
    /// the account), an unclaimed one for each of its candidate groups, the units that are to take it.
    /// </summary>
    public async Task<IReadOnlyList<OverdueGroup>> OverdueTasksAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var tasks = new List<UserTaskView>();
        for (var page = 1; ; page++)
        {
            var result = await engine.QueryTasksAsync(new TaskQuery { Status = UserTaskStatus.Open, DueBefore = now, Page = page, PageSize = PageSize }, ct);
            tasks.AddRange(result.Items);
            if (result.Items.Count < PageSize)
            {
                break;
            }
        }
        var organisations = await OrganisationsOfUsersAsync(ct);
        return [.. tasks
            .SelectMany(t => OwnersOf(t, organisations).Select(owner => (Owner: owner, Task: t)))
            .GroupBy(x => x.Owner, StringComparer.Ordinal)
            .Select(g => new OverdueGroup(g.Key, g.Count(), Math.Round(g.Max(x => (now - x.Task.DueAt!.Value).TotalDays), 1),
                [.. g.Select(x => x.Task.DefinitionKey).Distinct().Order(StringComparer.Ordinal)]))
            .OrderByDescending(g => g.Overdue).ThenBy(g => g.Organisation, StringComparer.Ordinal)];
    }

    /// <summary>SIPs started in the period per month: days from the start until the plan was established (its task completed).</summary>
    public async Task<IReadOnlyList<SipLeadTimeMonth>> SipLeadTimesAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var rows = new List<(string Month, double? Days)>();
        foreach (var sip in await engine.FindInstancesStartedAsync(SipKey, period.From, period.To, ct))
        {
            var history = await engine.GetHistoryAsync(sip.Id, ct);
            var plan = history.FirstOrDefault(h => h.Type == HistoryTypes.TaskCompleted && h.ElementId == SipPlanTask)?.At;
            rows.Add((SwedishTime.ToStockholm(sip.StartedAt).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                plan is { } at ? Math.Round((at - sip.StartedAt).TotalDays, 1) : null));
        }
        return [.. rows.GroupBy(r => r.Month).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var days = g.Select(r => r.Days).OfType<double>().Order().ToList();
            return new SipLeadTimeMonth(g.Key, g.Count(), days.Count, Median(days), days.Count == 0 ? null : days[^1]);
        })];
    }

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => Math.Round((sorted[(n / 2) - 1] + sorted[n / 2]) / 2, 1),
    };

    private static IEnumerable<string> OwnersOf(UserTaskView task, IReadOnlyDictionary<string, string> organisations)
    {
        if (task.Assignee is { Length: > 0 } assignee)
        {
            return [organisations.GetValueOrDefault(assignee) ?? $"okänd organisation ({assignee})"];
        }
        return task.CandidateGroupList.Count > 0 ? task.CandidateGroupList.Select(g => $"grupp: {g}") : ["ingen mottagare"];
    }

    /// <summary>Each local account's id and e-mail with its first organisation; empty with an identity provider.</summary>
    private async Task<IReadOnlyDictionary<string, string>> OrganisationsOfUsersAsync(CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (services.GetService<AccountAdministration>() is not { } accounts)
        {
            return map;
        }
        foreach (var account in await accounts.ListAsync(ct))
        {
            if (account.Organisations.FirstOrDefault() is { } organisation)
            {
                map[account.User.Id] = organisation;
                if (account.User.Email is { } email)
                {
                    map[email] = organisation;
                }
            }
        }
        return map;
    }
}
