using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// The body of a multi-instance activity: a scope that evaluates the collection (or cardinality) and runs the
/// activity's own behaviour once per item, one after another or all at once, until done or the completion condition holds.
/// </summary>
internal sealed class MultiInstanceBehavior : ElementBehavior
{
    private const string LoopCounter = "loopCounter";

    private readonly Activity _activity;
    private readonly MultiInstance _loop;

    public MultiInstanceBehavior(Activity activity, ProcessModel model) : base(activity, model)
    {
        _activity = activity;
        _loop = activity.MultiInstance!;
        // Input and output parameters belong to each inner instance, not to the body.
        Inputs = [];
        Outputs = [];
    }

    public override void Arrive(Executor executor, LoadedInstance instance, ElementInstance scope, string? viaFlow)
    {
        var body = executor.Enter(instance, scope, Node.Id);
        body.IsScope = true;
        body.IsMultiInstanceBody = true;
        body.State = ElementState.Active;
        executor.Enqueue(OpKind.Execute, instance, body);
    }

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, body) = ctx;
        var vars = ctx.Variables();
        List<object?> items;
        if (_loop.Collection is { } collection)
        {
            var value = ExpressionText.IsExpression(collection)
                ? instance.Process.Expression(collection).Evaluate(vars)
                : vars.TryGetValue(collection, out var v) ? v : throw new ExpressionException($"Unknown variable '{collection}' used as the collection of '{_activity.Id}'.");
            items = ValueConversions.ToEnumerable(value).ToList();
        }
        else
        {
            var count = ValueConversions.ToInt(AttributeValues.Value(instance.Process, _loop.LoopCardinality, vars));
            items = Enumerable.Repeat<object?>(null, Math.Max(0, count)).ToList();
        }
        body.Items = items;
        body.NextIndex = 0;
        body.Completed = 0;
        body.Outputs = _loop.OutputCollection is null ? null : Enumerable.Repeat<object?>(null, items.Count).ToList();
        executor.SubscribeBoundaries(instance, body, isInner: false);
        if (items.Count == 0)
        {
            ctx.Leave();
            return ValueTask.CompletedTask;
        }
        var start = _loop.IsSequential ? 1 : items.Count;
        for (var i = 0; i < start; i++)
        {
            StartInner(ctx);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>After an inner instance completed: stop early on the completion condition, start the next, or finish.</summary>
    public override void Continue(BehaviorContext ctx)
    {
        var (executor, instance, body) = ctx;
        var active = instance.State.ChildrenOf(body.Id).Count();
        var total = body.Items?.Count ?? 0;
        if (_loop.CompletionCondition is { } condition && body.Completed > 0)
        {
            var extra = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["nrOfInstances"] = (long)total,
                ["nrOfCompletedInstances"] = (long)body.Completed,
                ["nrOfActiveInstances"] = (long)active,
            };
            bool done;
            try
            {
                done = ValueConversions.ToBoolean(instance.Process.Expression(condition).Evaluate(ctx.Variables(extra)));
            }
            catch (ExpressionException e)
            {
                ctx.RaiseIncident(IncidentTypes.Expression, $"Completion condition of '{_activity.Id}': {e.Message}", OpKind.CheckMultiInstance);
                return;
            }
            if (done)
            {
                foreach (var inner in instance.State.ChildrenOf(body.Id).ToArray())
                {
                    executor.Terminate(instance, inner);
                }
                ctx.Leave();
                return;
            }
        }
        if (_loop.IsSequential && body.NextIndex < total && active == 0)
        {
            StartInner(ctx);
        }
        else if (active == 0 && body.NextIndex >= total)
        {
            ctx.Leave();
        }
    }

    /// <summary>An inner instance completes: its output element goes at its loop index of the output collection.</summary>
    public void CollectOutput(BehaviorContext ctx, ElementInstance inner)
    {
        var (executor, instance, body) = ctx;
        if (_loop.OutputElement is not { } output || body.Outputs is null
            || inner.Variables?.GetValueOrDefault(LoopCounter) is not long index || index >= body.Outputs.Count)
        {
            return;
        }
        var value = ExpressionText.IsExpression(output)
            ? instance.Process.Expression(output).Evaluate(executor.Variables(instance, inner))
            : output;
        body.Outputs[(int)index] = VariableValues.Normalize(value);
    }

    public override IReadOnlyDictionary<string, object?>? CompletionVariables(BehaviorContext ctx) =>
        _loop.OutputCollection is { } name && ctx.Element.IsMultiInstanceBody
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { [name] = ctx.Element.Outputs?.ToList() ?? [] }
            : null;

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    private void StartInner(BehaviorContext ctx)
    {
        var (executor, instance, body) = ctx;
        var index = body.NextIndex++;
        var inner = executor.Enter(instance, body, Node.Id);
        inner.Variables = new Dictionary<string, object?>(StringComparer.Ordinal) { [LoopCounter] = (long)index };
        if (_loop.ElementVariable is { } name)
        {
            inner.Variables[name] = body.Items![index];
        }
        // As in Zeebe, an output element that names a variable is local to each inner instance, so parallel
        // iterations completing with that variable do not overwrite each other.
        if (_loop.OutputElement is { } output && ExpressionText.IsExpression(output)
            && ExpressionText.Unwrap(output) is var variable && IsIdentifier(variable))
        {
            inner.Variables.TryAdd(variable, null);
        }
        executor.Enqueue(OpKind.Execute, instance, inner);
    }
}
