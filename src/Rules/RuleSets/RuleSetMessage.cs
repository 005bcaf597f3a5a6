namespace Samverkan.Rules.RuleSets;

/// <summary>A formatted catalogue entry: only <see cref="RuleSetText.Format"/> makes one, so every rule-set error has both languages.</summary>
public sealed record RuleSetMessage
{
    internal RuleSetMessage(string code, string english, string swedish)
    {
        Code = code;
        English = english;
        Swedish = swedish;
    }

    /// <summary>Kebab-case, stable across releases: clients may act on it.</summary>
    public string Code { get; }

    public string English { get; }

    public string Swedish { get; }
}
