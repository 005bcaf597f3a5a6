namespace Samverkan.Rules.RuleSets;

/// <summary>Why a rule set was rejected or failed: the rule and sample concerned, when there is one, and the message.</summary>
public sealed record RuleSetError(string? Rule, string? Sample, string Message)
{
    public override string ToString() => (Rule, Sample) switch
    {
        (null, null) => Message,
        (_, null) => $"rule '{Rule}': {Message}",
        (null, _) => $"sample '{Sample}': {Message}",
        _ => $"rule '{Rule}' (sample '{Sample}'): {Message}",
    };
}
