using Samverkan.Shared;

namespace Samverkan.Rules.RuleSets;

/// <summary>Parts of rule-set errors in the message's language, such as where in the rule set an expression sits.</summary>
internal static class RuleSetTerms
{
    public static readonly BilingualTerm None = new("", "");

    /// <summary>Said after an expression that is a GlobalParams or LocalParams entry.</summary>
    public static BilingualTerm InScopedParam(string name) => new($" (in scoped param '{name}')", $" (i hjälputtrycket '{name}')");

    /// <summary>A name or a piece of code, the same in both languages.</summary>
    public static BilingualTerm Verbatim(string text) => BilingualTerm.Verbatim(text);
}
