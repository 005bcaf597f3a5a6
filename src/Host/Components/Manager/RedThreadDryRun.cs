using Samverkan.Host.Notifications;
using Samverkan.Rules.Evaluation;

namespace Samverkan.Host.Components.Manager;

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
