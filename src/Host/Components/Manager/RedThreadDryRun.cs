using System.Globalization;
using Samverkan.Host.Notifications;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Components.Manager;

/// <summary>Where a pull goes, from the RedThreadPull rule set's route output.</summary>
public enum DryRunRoute
{
    /// <summary>P3: Närvårdskontoret convenes the parties.</summary>
    Accepted,
    /// <summary>P2: registered during a pause, answered and handled as a samverkansproblem.</summary>
    Paused,
    /// <summary>P1: no SIP attempted, the need goes to SIP.</summary>
    ToSip,
    /// <summary>The party may not pull, or the preconditions are not met.</summary>
    Rejected,
}

/// <summary>What a pull on a date would get, in the words the manager reads.</summary>
public sealed record DryRunVerdict(
    DryRunRoute Route,
    string Headline,
    string Reply,
    IReadOnlyList<string> Reasons,
    DateTimeOffset AsOf,
    string Versions)
{
    /// <summary>The sentence for the outcome the rule set gave for a pull on <paramref name="date"/>.</summary>
    public static DryRunVerdict From(RuleOutcome outcome, DateOnly date)
    {
        var route = (outcome.Outputs.GetValueOrDefault("route") as string) switch
        {
            "P3" => DryRunRoute.Accepted,
            "P2" => DryRunRoute.Paused,
            "P1" => DryRunRoute.ToSip,
            _ => DryRunRoute.Rejected,
        };
        var week = SwedishWeeks.Week(IsoWeek.Of(date));
        var what = route switch
        {
            DryRunRoute.Accepted => outcome.Outputs.GetValueOrDefault("conveneBy") is DateTimeOffset by
                ? $"tas emot: Närvårdskontoret kallar parterna senast {SwedishTime.ToStockholm(by):yyyy-MM-dd HH:mm}."
                : "tas emot: Närvårdskontoret kallar parterna.",
            DryRunRoute.Paused => "pausas: draget registreras, besvaras med skälet och hanteras som samverkansproblem.",
            DryRunRoute.ToSip => "gå vidare som SIP, eftersom ingen SIP har prövats.",
            _ => "avvisas.",
        };
        var headline = string.Create(CultureInfo.InvariantCulture, $"Ett drag i det röda snöret den {date:yyyy-MM-dd} ({week}) skulle {what}");
        return new DryRunVerdict(route, headline, outcome.Outputs.GetValueOrDefault("reply") as string ?? "", outcome.Reasons, outcome.AsOf,
            $"Regeluppsättning {outcome.RuleSet} version {outcome.RuleSetVersion}, parametrar revision {outcome.ParametersVersion}");
    }
}

/// <summary>The pull a manager tries out: its date and the answers the puller would give.</summary>
public sealed class DryRunInput
{
    public DateOnly? Date { get; set; }

    public string Party { get; set; } = "polis";

    public bool IndividualHarmed { get; set; } = true;

    public bool UnreasonableBurden { get; set; } = true;

    public bool SipAttempted { get; set; } = true;
}

/// <summary>
/// "A pull on this date would be …": evaluates RedThreadPull, the rule set workflows/roda-snoret.bpmn's
/// business rule task (decisionRef) calls, through the same evaluator and with the parameters in force on that date.
/// </summary>
public sealed class RedThreadDryRun(IRuleEvaluator rules, TimeProvider clock)
{
    public const string RuleSet = "RedThreadPull";

    /// <summary>The pull as the process would assess it: now when the date is today, otherwise at noon (Stockholm time) that day.</summary>
    public async Task<DryRunVerdict> RunAsync(DryRunInput pull, CancellationToken ct = default)
    {
        var date = pull.Date ?? throw new ArgumentException("A date is needed.", nameof(pull));
        var now = clock.GetUtcNow();
        var asOf = date == SwedishDates.Today(now) ? now : SwedishTime.FromLocal(date.ToDateTime(new TimeOnly(12, 0)));
        var input = new Dictionary<string, object?>
        {
            ["party"] = pull.Party,
            ["individualHarmed"] = pull.IndividualHarmed,
            ["unreasonableBurden"] = pull.UnreasonableBurden,
            ["sipAttempted"] = pull.SipAttempted,
        };
        return DryRunVerdict.From(await rules.EvaluateAsync(RuleSet, input, asOf, ct), date);
    }
}
