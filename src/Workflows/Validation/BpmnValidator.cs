using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>Checks a parsed document for what the engine cannot run: graph shape, missing settings, bad expressions.</summary>
/// <remarks>Unsupported elements are reported by the parser, not again here.</remarks>
public sealed class BpmnValidator(IExpressionChecker checker)
{
    private readonly IProcessRule[] _rules =
    [
        new FlowRules(),
        new GatewayRules(),
        new BoundaryEventRules(),
        new CompensationRules(),
        new TransactionRules(),
        new StartEventRules(),
        new ActivityRules(),
        new TaskPropertyRules(),
        new TriggerRules(),
        new ReachabilityRule(),
        new LinkEventRules(),
        new ConditionalEventRules(checker),
        new ExpressionRules(checker),
    ];

    public IReadOnlyList<BpmnDiagnostic> Validate(BpmnDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var diagnostics = new List<BpmnDiagnostic>();
        foreach (var process in doc.Processes)
        {
            foreach (var rule in _rules)
            {
                rule.Check(process, diagnostics);
            }
        }

        return diagnostics;
    }
}
