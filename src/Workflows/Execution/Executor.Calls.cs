using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    private async Task StartCalledInstanceAsync(LoadedInstance instance, ElementInstance element, CallActivity node, CancellationToken ct)
    {
        var version = node.Binding == CalledElementBinding.Version ? node.Version : null;
        var called = await _core.Definitions.FindAsync(node.CalledElement, version, ct);
        if (called is null)
        {
            RaiseIncident(instance, element, IncidentTypes.CalledProcessMissing,
                $"Call activity '{node.Id}' calls process '{node.CalledElement}'{(version is null ? "" : $" version {version}")}, which is not deployed.", OpKind.Execute);
            return;
        }
        var start = called.NoneStartOf(called.Model.Id);
        if (start is null)
        {
            RaiseIncident(instance, element, IncidentTypes.CalledProcessMissing, $"Process '{called.Key}' has no none start event to be called.", OpKind.Execute);
            return;
        }
        var vars = Variables(instance, element);
        var (mapped, passKey) = Map(instance, node.In, vars);
        var child = Create(called, passKey ? instance.Record.BusinessKey : null, mapped, instance, element.Id);
        element.ChildInstanceId = child.Id;
        element.State = ElementState.Waiting;
        Start(child, start);
    }

    /// <summary>The called instance completed: copy its variables out as mapped and continue after the call activity.</summary>
    private void CompleteCallActivity(LoadedInstance parent, ElementInstance call, Dictionary<string, object?> childVariables)
    {
        var node = (CallActivity)NodeOf(parent, call);
        call.ChildInstanceId = null;
        try
        {
            var childView = new Dictionary<string, object?>(childVariables) { [VariableView.NowVariable] = Now };
            var (mapped, _) = Map(parent, node.Out, childView);
            SetVariables(parent, call, mapped);
        }
        catch (ExpressionException e)
        {
            RaiseIncident(parent, call, IncidentTypes.Expression, $"Output mapping of '{node.Id}': {e.Message}", OpKind.Leave);
            return;
        }
        Enqueue(OpKind.Leave, parent, call);
    }

    private static (Dictionary<string, object?> Variables, bool BusinessKey) Map(LoadedInstance instance, IReadOnlyList<VariableMapping> mappings, IReadOnlyDictionary<string, object?> source)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var businessKey = false;
        foreach (var mapping in mappings)
        {
            if (mapping.BusinessKey)
            {
                businessKey = true;
            }
            else if (mapping.All)
            {
                foreach (var (k, v) in source)
                {
                    if (k != VariableView.NowVariable)
                    {
                        result[k] = v;
                    }
                }
            }
            else if (mapping.Target is { } target)
            {
                result[target] = mapping.SourceExpression is { } expression
                    ? VariableValues.Normalize(instance.Process.Expression(expression).Evaluate(source))
                    : mapping.Source is { } name && source.TryGetValue(name, out var value) ? value : null;
            }
        }
        return (result, businessKey);
    }
}
