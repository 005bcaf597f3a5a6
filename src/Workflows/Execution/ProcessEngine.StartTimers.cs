using Samverkan.Workflows.Execution.Records;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>
    /// A timer start event is evaluated when its file is deployed, with no instance: only <c>now</c> and the globals
    /// (such as <c>params</c>) are known. One that fails then, or is never due, is a deployment error.
    /// </summary>
    private async Task<List<BpmnDiagnostic>> CheckStartTimersAsync(BpmnDocument document, CancellationToken ct)
    {
        var errors = new List<BpmnDiagnostic>();
        if (!document.Processes.Any(p => p.Nodes.OfType<StartEvent>().Any(s => s.Trigger is TimerTrigger)))
        {
            return errors;
        }
        var executor = new Executor(_core);
        await executor.LoadGlobalsAsync(ct);
        foreach (var model in document.Processes)
        {
            var process = new ExecutableProcess(Guid.Empty, model.Id, 0, model, _core.Compiler);
            foreach (var start in process.TimerStarts)
            {
                try
                {
                    FirstStartTimer(executor, process, start);
                }
                catch (ExpressionException e)
                {
                    errors.Add(BpmnDiagnostic.Error(start.Id, start.Line,
                        $"timer start event is evaluated at deployment, where no process variable is known yet: {e.Message}"));
                }
            }
        }
        return errors;
    }

    /// <summary>Timer start events belong to the latest version only: the previous version's stop, the new one's start.</summary>
    private async Task ReplaceStartTimersAsync(Executor executor, DefinitionRecord? previous, ExecutableProcess process, CancellationToken ct)
    {
        if (previous is not null)
        {
            foreach (var timer in await _core.Store.FindPendingTimersAsync(null, previous.Id, ct))
            {
                executor.Changes.CancelledTimers.Add(timer.Id);
            }
        }
        foreach (var start in process.TimerStarts)
        {
            var trigger = (TimerTrigger)start.Trigger;
            var (due, spec) = FirstStartTimer(executor, process, start);
            var timer = new TimerRecord
            {
                Id = Guid.CreateVersion7(executor.Now),
                DefinitionId = process.DefinitionId,
                ElementId = start.Id,
                DueAt = due,
                Kind = trigger.TimerKind,
                Spec = spec,
                Status = TimerStatus.Pending,
                CreatedAt = executor.Now,
            };
            executor.Changes.NewTimers.Add(timer);
            executor.ScheduleTimer(timer.Id, due);
        }
    }

    /// <summary>When a timer start event first fires, and the value to store for its next cycles (an expression evaluated).</summary>
    /// <exception cref="ExpressionException">The timer's expression fails, or the timer is never due.</exception>
    private static (DateTimeOffset Due, string Spec) FirstStartTimer(Executor executor, ExecutableProcess process, StartEvent start)
    {
        var variables = new Dictionary<string, object?>(executor.Globals ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        variables.TryAdd(VariableView.NowVariable, executor.Now);
        var (spec, text) = Executor.EvaluateTimer(process, (TimerTrigger)start.Trigger, variables);
        return spec.FirstDue(executor.Now) is { } due ? (due, text) : throw new ExpressionException($"'{text}' never becomes due.");
    }
}
