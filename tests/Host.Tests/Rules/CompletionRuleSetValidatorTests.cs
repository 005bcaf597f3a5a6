using Samverkan.Host.Rules;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.RuleSets;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Tests.Rules;

public sealed class CompletionRuleSetValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Validate_NoCompletionRuleSet_NothingEvaluated()
    {
        var rules = new FakeRules();

        var errors = await new CompletionRuleSetValidator(rules).ValidateAsync(Completion(("colour", "blue")), default);

        Assert.Empty(errors);
        Assert.Empty(rules.Asked);
    }

    [Fact]
    public async Task Validate_FailedRules_OneErrorPerRuleWithItsMessage()
    {
        var rules = new FakeRules { ["Plan"] = Failed("Plan", ["HasInterventions", "HasFollowUpDate"], ["Planen saknar insatser.", "Uppföljningsdatum saknas."]) };

        var errors = await new CompletionRuleSetValidator(rules).ValidateAsync(Completion(("completionRuleSet", "Plan")), default);

        Assert.Equal([new FieldError("HasInterventions", "Planen saknar insatser."), new FieldError("HasFollowUpDate", "Uppföljningsdatum saknas.")], errors);
        Assert.Equal(Now, rules.AsOf);
    }

    [Fact]
    public async Task Validate_RuleWithoutMessage_NamedInAnErrorOfTheRuleSet()
    {
        var rules = new FakeRules { ["Plan"] = Failed("Plan", ["A", "B"], ["A saknas."]) };

        var errors = await new CompletionRuleSetValidator(rules).ValidateAsync(Completion(("completionRuleSet", "Plan")), default);

        Assert.Equal([new FieldError("Plan", "A saknas."), new FieldError("Plan", "Villkoren A, B i Plan är inte uppfyllda.")], errors);
    }

    [Fact]
    public async Task Validate_SeveralRuleSets_CheckedInOrderUntilOneFails()
    {
        var rules = new FakeRules
        {
            ["First"] = Passed("First"),
            ["Second"] = Failed("Second", ["X"], ["X saknas."]),
            ["Third"] = Failed("Third", ["Y"], ["Y saknas."]),
        };

        var errors = await new CompletionRuleSetValidator(rules).ValidateAsync(Completion(("completionRuleSet", "First, Second,Third")), default);

        Assert.Equal([new FieldError("X", "X saknas.")], errors);
        Assert.Equal(["First", "Second"], rules.Asked);
    }

    [Fact]
    public async Task Validate_UnknownRuleSet_Refused()
    {
        var errors = await new CompletionRuleSetValidator(new FakeRules()).ValidateAsync(Completion(("completionRuleSet", "Missing")), default);

        Assert.Contains("Missing", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task Validate_RuleReadsAValueNotSent_ErrorNamesIt()
    {
        var rules = new FakeRules
        {
            ["Plan"] = new RuleEvaluationException("Plan", 1, [new RuleSetError("HasInterventions", null, RuleSetTexts.ExpressionDoesNotCompile.Format(
                "input.interventions.Count > 0 && input.kept", RuleSetTerms.None, "No property or field 'interventions' exists"))]),
        };

        var errors = await new CompletionRuleSetValidator(rules).ValidateAsync(Completion(("completionRuleSet", "Plan")), default);

        Assert.Equal([new FieldError("HasInterventions", "Uppgift saknas: interventions.")], errors);
    }

    [Fact]
    public async Task Validate_RuleErrorsOnValuesSent_ErrorInSwedishKeepsTheEnginesWords()
    {
        var rules = new FakeRules
        {
            ["Plan"] = new RuleEvaluationException("Plan", 1, [new RuleSetError("Kept", null, RuleSetTexts.RuleErrored.Format("Object reference not set to an instance of an object."))]),
        };

        var errors = await new CompletionRuleSetValidator(rules).ValidateAsync(Completion(("completionRuleSet", "Plan")), default);

        Assert.Equal([new FieldError("Kept", "Uppgifterna kunde inte kontrolleras mot Plan: Regeln kunde inte köras: Object reference not set to an instance of an object.")], errors);
    }

    private static TaskCompletion Completion(params (string Name, string Value)[] properties) => new(
        new UserTaskView { Id = Guid.NewGuid(), ElementId = "plan" },
        properties.ToDictionary(p => p.Name, p => p.Value),
        new Dictionary<string, object?> { ["kept"] = true },
        Now);

    private static RuleOutcome Passed(string ruleSet) => Outcome(ruleSet, [], []);

    private static RuleOutcome Failed(string ruleSet, IReadOnlyList<string> failed, IReadOnlyList<string> reasons) => Outcome(ruleSet, failed, reasons);

    private static RuleOutcome Outcome(string ruleSet, IReadOnlyList<string> failed, IReadOnlyList<string> reasons) => new()
    {
        RuleSet = ruleSet,
        RuleSetVersion = 1,
        ParametersVersion = 1,
        AsOf = Now,
        Passed = failed.Count == 0,
        PassedRules = [],
        FailedRules = failed,
        Reasons = reasons,
        Outputs = new Dictionary<string, object?>(),
    };

    private sealed class FakeRules : Dictionary<string, object>, IRuleEvaluator
    {
        public List<string> Asked { get; } = [];
        public DateTimeOffset AsOf { get; private set; }

        public Task<RuleOutcome> EvaluateAsync(string ruleSet, IReadOnlyDictionary<string, object?> input, DateTimeOffset asOf, CancellationToken ct = default)
        {
            Asked.Add(ruleSet);
            AsOf = asOf;
            return TryGetValue(ruleSet, out var result)
                ? result is Exception e ? Task.FromException<RuleOutcome>(e) : Task.FromResult((RuleOutcome)result)
                : Task.FromException<RuleOutcome>(new RuleSetNotFoundException(ruleSet));
        }
    }
}
