namespace Samverkan.Rules.RuleSets;

/// <content>Expressions that do not compile or are not allowed, and rules that error when they run.</content>
internal static partial class RuleSetTexts
{
    public static readonly RuleSetText RulesEngineRejected = new("rules-engine-rejected",
        "{0}",
        "RulesEngine godtar inte regeluppsättningen: {0}");

    public static readonly RuleSetText ExpressionDoesNotParse = new("expression-does-not-parse",
        "`{0}`{1} does not compile: {2} (at character {3})",
        "Uttrycket `{0}`{1} går inte att kompilera: {2} (vid tecken {3})");

    public static readonly RuleSetText ExpressionDoesNotCompile = new("expression-does-not-compile",
        "`{0}`{1} does not compile: {2}",
        "Uttrycket `{0}`{1} går inte att kompilera: {2}");

    public static readonly RuleSetText ExpressionNotAllowed = new("expression-not-allowed",
        "`{0}`{1}: {2} is not allowed: {3}.",
        "Uttrycket `{0}`{1} använder något som inte är tillåtet: {2}. {3}.");

    public static readonly RuleSetText InputUnreadable = new("input-unreadable",
        "The input cannot be read: {0}",
        "Indata går inte att läsa: {0}");

    public static readonly RuleSetText RuleErrored = new("rule-errored",
        "{0}",
        "Regeln kunde inte köras: {0}");

    public static readonly RuleSetText OutputErrored = new("output-errored",
        "{0}",
        "Regelns utdata kunde inte beräknas: {0}");

    public static readonly RuleSetText OutputNotStorable = new("output-not-storable",
        "An output of type {0} cannot be stored in a variable.",
        "Utdata av typen {0} kan inte sparas i en processvariabel.");

    public static readonly RuleSetText ReservedOutputName = new("reserved-output-name",
        "The output '{0}' has the name of a part of every outcome; choose another.",
        "Utdata '{0}' har samma namn som en del av varje utfall; välj ett annat namn.");
}
