using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Runs the behaviour of the node an element instance stands at; failures become incidents.</summary>
    private async Task ExecuteAsync(LoadedInstance instance, ElementInstance element, CancellationToken ct)
    {
        var node = NodeOf(instance, element);
        try
        {
            if (element.IsMultiInstanceBody)
            {
                StartMultiInstance(instance, element, (Activity)node);
                return;
            }
            var isInner = ParentOf(instance, element) is { IsMultiInstanceBody: true };
            if (node is Activity { InputParameters.Count: > 0 } activity)
            {
                ApplyInputs(instance, element, activity);
            }
            switch (node)
            {
                case StartEvent or BoundaryEvent or PassThroughTask:
                    Leave(instance, element);
                    break;
                case EndEvent end:
                    await EndEventAsync(instance, element, end, ct);
                    break;
                case IntermediateCatchEvent catchEvent:
                    element.State = ElementState.Waiting;
                    Subscribe(instance, element, catchEvent, catchEvent.Trigger);
                    break;
                case IntermediateThrowEvent throwEvent:
                    await ThrowEventAsync(instance, element, throwEvent, ct);
                    break;
                case Gateway gateway:
                    ExecuteGateway(instance, element, gateway);
                    break;
                case UserTask userTask:
                    CreateUserTask(instance, element, userTask);
                    SubscribeBoundaries(instance, element, node, isInner);
                    break;
                case ServiceTask serviceTask:
                    CreateJob(instance, element, serviceTask);
                    SubscribeBoundaries(instance, element, node, isInner);
                    break;
                case ReceiveTask receiveTask:
                    element.State = ElementState.Waiting;
                    Subscribe(instance, element, receiveTask, new MessageTrigger(receiveTask.MessageName));
                    SubscribeBoundaries(instance, element, node, isInner);
                    break;
                case BusinessRuleTask ruleTask:
                    await EvaluateRuleAsync(instance, element, ruleTask, ct);
                    break;
                case SubProcess subProcess:
                    EnterSubProcess(instance, element, subProcess, isInner);
                    break;
                case CallActivity callActivity:
                    await StartCalledInstanceAsync(instance, element, callActivity, ct);
                    SubscribeBoundaries(instance, element, node, isInner);
                    break;
                default:
                    RaiseIncident(instance, element, IncidentTypes.Unsupported, $"Element kind '{node.Kind}' is not executed.", OpKind.Execute);
                    break;
            }
        }
        catch (Exception e) when (e is ExpressionException or VariableException or BusinessRuleException)
        {
            if (instance.State.Find(element.Id) is not null)
            {
                RaiseIncident(instance, element, IncidentTypes.Expression, e.Message, OpKind.Execute);
            }
        }
    }

    private void EnterSubProcess(LoadedInstance instance, ElementInstance element, SubProcess subProcess, bool isInner)
    {
        element.IsScope = true;
        element.State = ElementState.Active;
        SubscribeBoundaries(instance, element, subProcess, isInner);
        SubscribeEventSubprocesses(instance, element, subProcess.Id);
        var start = instance.Process.NoneStartOf(subProcess.Id)
            ?? throw new ExpressionException($"Subprocess '{subProcess.Id}' has no none start event.");
        Arrive(instance, element, start, null);
    }

    private async Task EvaluateRuleAsync(LoadedInstance instance, ElementInstance element, BusinessRuleTask task, CancellationToken ct)
    {
        if (_core.Rules is null)
        {
            RaiseIncident(instance, element, IncidentTypes.Configuration, $"No rule evaluator is configured, so rule set '{task.DecisionRef}' cannot be evaluated.", OpKind.Execute);
            return;
        }
        BusinessRuleResult result;
        try
        {
            result = await _core.Rules.EvaluateAsync(task.DecisionRef, Variables(instance, element).Flatten(), Now, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BusinessRuleException($"Rule set '{task.DecisionRef}' failed: {e.Message}", e);
        }
        History(instance, HistoryTypes.DecisionEvaluated, task.Id, element.Id, result.Detail ?? task.DecisionRef);
        if (task.ResultVariable is { } name)
        {
            SetVariables(instance, element, new Dictionary<string, object?> { [name] = VariableValues.Normalize(result.Value) });
        }
        Leave(instance, element);
    }

    /// <summary>Sets each variable where it already lives (innermost first), else on the process instance.</summary>
    public void SetVariables(LoadedInstance instance, ElementInstance from, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var (name, value) in variables)
        {
            var target = instance.State.Root;
            for (ElementInstance? e = from; e is not null; e = ParentOf(instance, e))
            {
                if (e.Variables?.ContainsKey(name) == true)
                {
                    target = e;
                    break;
                }
            }
            (target.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        }
    }
}
