namespace Samverkan.Rules.RuleSets;

/// <summary>A part of a rule-set error in the message's language, such as where in the rule set an expression sits.</summary>
internal sealed record RuleSetTerm(string English, string Swedish)
{
    public static readonly RuleSetTerm None = new("", "");

    /// <summary>Said after an expression that is a GlobalParams or LocalParams entry.</summary>
    public static RuleSetTerm InScopedParam(string name) => new($" (in scoped param '{name}')", $" (i hjälputtrycket '{name}')");

    /// <summary>A name or a piece of code, the same in both languages.</summary>
    public static RuleSetTerm Verbatim(string text) => new(text, text);
}
