namespace Samverkan.Rules.RuleSets;

/// <summary>
/// Every rule-set error's text, English beside Swedish: the file, its rules and its samples here, expressions and
/// evaluation in the other part of this class.
/// </summary>
/// <remarks>
/// English is what the API reports (clients and tests match on it: do not reword). Swedish is what the process
/// designer reads on /regler; it frames third-party detail (JSON reader, RulesEngine, Dynamic LINQ) and keeps that
/// detail as it is. Codes are stable.
/// </remarks>
internal static partial class RuleSetTexts
{
    public static readonly RuleSetText NotARuleSetFile = new("not-a-rule-set-file",
        "Not a rule-set file: {0}",
        "Texten går inte att läsa som en regeluppsättning: {0}");

    public static readonly RuleSetText InvalidRuleSetName = new("invalid-rule-set-name",
        "WorkflowName '{0}' must be letters, digits and _, starting with a letter, at most 128 characters.",
        "WorkflowName '{0}' får bara innehålla bokstäver, siffror och _, ska börja med en bokstav och vara högst 128 tecken.");

    public static readonly RuleSetText RuleSetNameMismatch = new("rule-set-name-mismatch",
        "WorkflowName is '{0}' but the rule set is '{1}'.",
        "WorkflowName är '{0}', men regeluppsättningen heter '{1}'.");

    public static readonly RuleSetText LambdaExpressionsOnly = new("lambda-expressions-only",
        "Only lambda-expression rules are supported; WorkflowsToInject is not.",
        "Bara regler med lambdauttryck stöds; WorkflowsToInject stöds inte.");

    public static readonly RuleSetText NoRules = new("no-rules",
        "A rule set needs at least one rule.",
        "En regeluppsättning behöver minst en regel.");

    public static readonly RuleSetText InvalidRuleName = new("invalid-rule-name",
        "A rule name must be letters, digits and _, starting with a letter (it names outputs and is listed in passedRules/failedRules).",
        "Ett regelnamn får bara innehålla bokstäver, siffror och _ och ska börja med en bokstav (namnet används för utdata och i passedRules/failedRules).");

    public static readonly RuleSetText DuplicateRuleName = new("duplicate-rule-name",
        "Another rule has the same name.",
        "En annan regel har samma namn.");

    public static readonly RuleSetText InvalidOperator = new("invalid-operator",
        "Operator must be one of {0}, with nested Rules.",
        "Operator ska vara en av {0} och ha underregler (Rules).");

    public static readonly RuleSetText NoExpression = new("no-expression",
        "The rule has no Expression.",
        "Regeln saknar Expression.");

    public static readonly RuleSetText InvalidAction = new("invalid-action",
        "Actions may only be {0} with a Context.Expression; got '{1}'.",
        "Actions får bara vara {0} med Context.Expression, inte '{1}'.");

    public static readonly RuleSetText InvalidScopedParam = new("invalid-scoped-param",
        "Scoped param '{0}' needs a name (not {1}) and an expression.",
        "Hjälputtrycket '{0}' (GlobalParams/LocalParams) behöver ett namn (inte {1}) och ett uttryck.");

    public static readonly RuleSetText NoSamples = new("no-samples",
        "A rule set needs at least one sample (Samples: Name, AsOf, Input, Expect) that must pass before it is accepted.",
        "En regeluppsättning behöver minst ett exempelfall (Samples: Name, AsOf, Input, Expect) som ger väntat resultat innan den godtas.");

    public static readonly RuleSetText SampleWithoutName = new("sample-without-name",
        "The sample has no Name.",
        "Exempelfallet saknar Name.");

    public static readonly RuleSetText DuplicateSampleName = new("duplicate-sample-name",
        "The sample has the same Name as an earlier sample.",
        "Exempelfallet har samma Name som ett tidigare exempelfall.");

    public static readonly RuleSetText SampleWithoutInput = new("sample-without-input",
        "The sample needs an Input object.",
        "Exempelfallet behöver ett Input-objekt.");

    public static readonly RuleSetText SampleWithoutExpect = new("sample-without-expect",
        "The sample needs an Expect object naming at least one part of the outcome (passed, failedRules, an output, ...).",
        "Exempelfallet behöver ett Expect-objekt som anger minst en del av utfallet (passed, failedRules, en utdata, ...).");

    public static readonly RuleSetText SampleWithoutAsOf = new("sample-without-as-of",
        "The sample needs AsOf, an ISO-8601 date or date-time (Stockholm time unless it has an offset).",
        "Exempelfallet behöver AsOf, ett datum eller en tidpunkt enligt ISO 8601 (svensk tid om ingen tidszon anges).");

    public static readonly RuleSetText UnknownParameter = new("unknown-parameter",
        "There is no parameter named '{0}'.",
        "Det finns ingen parameter som heter '{0}'.");

    public static readonly RuleSetText InvalidParameterValue = new("invalid-parameter-value",
        "Parameter '{0}': {1}",
        "Parametern '{0}' har ett värde som inte går att använda: {1}");

    public static readonly RuleSetText ExpectedPartMissing = new("expected-part-missing",
        "Expected '{0}' to be {1}, but the outcome has no '{0}'.",
        "'{0}' skulle vara {1}, men utfallet saknar '{0}'.");

    public static readonly RuleSetText ExpectedPartDiffers = new("expected-part-differs",
        "Expected '{0}' to be {1}, got {2}.",
        "'{0}' skulle vara {1}, men blev {2}.");

    public static readonly RuleSetText SavedByMissing = new("saved-by-missing",
        "Who saves the rule set must be given.",
        "Det måste anges vem som sparar regeluppsättningen.");
}
