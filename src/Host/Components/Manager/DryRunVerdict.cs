using System.Globalization;
using Samverkan.Host.Notifications;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Components.Manager;

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
