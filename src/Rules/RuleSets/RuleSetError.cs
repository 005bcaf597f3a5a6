namespace Samverkan.Rules.RuleSets;

/// <summary>Why a rule set was rejected or failed: the rule and sample concerned, when there is one, and the message.</summary>
/// <remarks>The text comes from <see cref="RuleSetTexts"/>, so no error exists without its code and Swedish text.</remarks>
public sealed record RuleSetError(string? Rule, string? Sample, RuleSetMessage Text)
{
    /// <summary>The catalogue code, such as <c>expression-does-not-compile</c>.</summary>
    public string Code => Text.Code;

    /// <summary>The English text: what the API reports.</summary>
    public string Message => Text.English;

    /// <summary>The Swedish text: what the web UI shows.</summary>
    public string Swedish => Text.Swedish;

    public override string ToString() => (Rule, Sample) switch
    {
        (null, null) => Message,
        (_, null) => $"rule '{Rule}': {Message}",
        (null, _) => $"sample '{Sample}': {Message}",
        _ => $"rule '{Rule}' (sample '{Sample}'): {Message}",
    };
}
