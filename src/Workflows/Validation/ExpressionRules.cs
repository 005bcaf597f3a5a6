using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTerms;

using Samverkan.Shared;

namespace Samverkan.Workflows.Validation;

/// <summary>Hands every expression and timer value to the expression checker, so typos fail at deploy, not at run time.</summary>
internal sealed class ExpressionRules(IExpressionChecker checker) : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        void Expression(string? text, string elementId, int line, BilingualTerm what)
        {
            if (text is not null && checker.CheckExpression(text) is { } message)
            {
                diagnostics.Add(BpmnDiagnostic.Error(elementId, line, DiagnosticTexts.InvalidExpression.Format(what, message)));
            }
        }

        // Literal assignees and dates are plain values; only ${...} is an expression there.
        void MaybeExpression(string? text, string elementId, int line, BilingualTerm what) =>
            Expression(text is not null && text.Contains("${", StringComparison.Ordinal) ? text : null, elementId, line, what);

        foreach (var flow in process.Flows)
        {
            Expression(flow.Condition, flow.Id, flow.Line, Condition);
            foreach (var listener in flow.Listeners)
            {
                Expression(listener.Expression, flow.Id, listener.Line, Verbatim("executionListener"));
            }
        }

        foreach (var node in process.Nodes)
        {
            foreach (var listener in node.Listeners)
            {
                var kind = listener.Event is ListenerEvent.Start or ListenerEvent.End ? "executionListener" : "taskListener";
                Expression(listener.Expression, node.Id, listener.Line, Verbatim(kind));
            }

            if (node is UserTask task)
            {
                MaybeExpression(task.Assignee, node.Id, node.Line, Verbatim("assignee"));
                MaybeExpression(task.CandidateGroups, node.Id, node.Line, Verbatim("candidateGroups"));
                MaybeExpression(task.CandidateUsers, node.Id, node.Line, Verbatim("candidateUsers"));
                MaybeExpression(task.DueDate, node.Id, node.Line, Verbatim("dueDate"));
                MaybeExpression(task.FollowUpDate, node.Id, node.Line, Verbatim("followUpDate"));
                MaybeExpression(task.Priority, node.Id, node.Line, Verbatim("priority"));
            }

            if (node is Activity { MultiInstance: { } multi })
            {
                Expression(multi.Collection, node.Id, multi.Line, MultiInstanceCollection);
                Expression(multi.LoopCardinality, node.Id, multi.Line, Verbatim("loopCardinality"));
                Expression(multi.CompletionCondition, node.Id, multi.Line, Verbatim("completionCondition"));
            }

            if (node is { InputParameters.Count: > 0 } withInputs)
            {
                foreach (var input in withInputs.InputParameters)
                {
                    foreach (var text in Texts(input.Value))
                    {
                        MaybeExpression(text, node.Id, input.Line, InputParameter(input.Name));
                    }
                }
            }

            if (node is CallActivity call)
            {
                foreach (var mapping in call.In.Concat(call.Out))
                {
                    Expression(mapping.SourceExpression, node.Id, mapping.Line, Verbatim("sourceExpression"));
                }
            }

            if (node.TriggerOf() is TimerTrigger { Value.Length: > 0 } timer && checker.CheckTimer(timer.TimerKind, timer.Value) is { } problem)
            {
                diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, TimerProblem(timer, problem)));
            }
        }
    }

    /// <summary>A written date or duration that does not read gets its own words; an expression's or a cycle's problem is framed.</summary>
    private static DiagnosticMessage TimerProblem(TimerTrigger timer, string problem) =>
        ExpressionText.IsExpression(timer.Value) ? DiagnosticTexts.InvalidTimer.Format(problem) : timer.TimerKind switch
        {
            TimerKind.Date => DiagnosticTexts.InvalidTimeDate.Format(timer.Value),
            TimerKind.Duration => DiagnosticTexts.InvalidTimeDuration.Format(timer.Value),
            _ => DiagnosticTexts.InvalidTimer.Format(problem),
        };

    private static IEnumerable<string?> Texts(ParameterValue value) => value switch
    {
        TextParameterValue text => [text.Text],
        ListParameterValue list => list.Items.SelectMany(Texts),
        MapParameterValue map => map.Entries.SelectMany(e => Texts(e.Value)),
        _ => [],
    };
}
