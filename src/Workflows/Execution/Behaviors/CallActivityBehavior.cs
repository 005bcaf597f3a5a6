using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A call activity: starts an instance of the called process with the mapped variables and waits until it completes.</summary>
internal sealed class CallActivityBehavior(CallActivity call, ProcessModel model) : ElementBehavior(call, model)
{
    private readonly CallActivity _call = call;

    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        await StartCalledInstanceAsync(ctx, ct);
        // Also after an incident above, as the engine always did.
        ctx.SubscribeBoundaries();
    }

    /// <summary>The called instance completed: copy its variables out as mapped and continue after the call activity.</summary>
    public void CalledInstanceCompleted(BehaviorContext ctx, Dictionary<string, object?> childVariables)
    {
        var (executor, instance, element) = ctx;
        element.ChildInstanceId = null;
        try
        {
            var childView = new Dictionary<string, object?>(childVariables) { [VariableView.NowVariable] = executor.Now };
            var (mapped, _) = Map(instance.Process, _call.Out.Where(m => !m.Local).ToArray(), childView);
            executor.SetVariables(instance, element, mapped);
            var (local, _) = Map(instance.Process, _call.Out.Where(m => m.Local).ToArray(), childView);
            foreach (var (name, value) in local)
            {
                (element.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
            }
        }
        catch (ExpressionException e)
        {
            ctx.RaiseIncident(IncidentTypes.Expression, $"Output mapping of '{_call.Id}': {e.Message}", OpKind.Leave);
            return;
        }
        ctx.Enqueue(OpKind.Leave);
    }

    private async Task StartCalledInstanceAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, element) = ctx;
        var version = _call.Binding == CalledElementBinding.Version ? _call.Version : null;
        var called = await executor.Core.Definitions.FindAsync(_call.CalledElement, version, ct);
        if (called is null)
        {
            ctx.RaiseIncident(IncidentTypes.CalledProcessMissing,
                $"Call activity '{_call.Id}' calls process '{_call.CalledElement}'{(version is null ? "" : $" version {version}")}, which is not deployed.");
            return;
        }
        var start = called.NoneStartOf(called.Model.Id);
        if (start is null)
        {
            ctx.RaiseIncident(IncidentTypes.CalledProcessMissing, $"Process '{called.Key}' has no none start event to be called.");
            return;
        }
        var (mapped, passKey) = Map(instance.Process, _call.In, ctx.Variables());
        var child = executor.Create(called, passKey ? instance.Record.BusinessKey : null, mapped, instance, element.Id);
        element.ChildInstanceId = child.Id;
        ctx.Wait();
        executor.Start(child, start);
    }

    private static (Dictionary<string, object?> Variables, bool BusinessKey) Map(
        ExecutableProcess process, IReadOnlyList<VariableMapping> mappings, IReadOnlyDictionary<string, object?> source)
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
                    ? VariableValues.Normalize(process.Expression(expression).Evaluate(source))
                    : mapping.Source is { } name && source.TryGetValue(name, out var value) ? value : null;
            }
        }
        return (result, businessKey);
    }
}
