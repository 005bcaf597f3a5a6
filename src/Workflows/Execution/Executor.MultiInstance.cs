using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    private const string LoopCounter = "loopCounter";

    /// <summary>The body of a multi-instance activity: evaluates the collection and starts one or all inner instances.</summary>
    private void StartMultiInstance(LoadedInstance instance, ElementInstance body, Activity node)
    {
        var loop = node.MultiInstance!;
        var vars = Variables(instance, body);
        List<object?> items;
        if (loop.Collection is { } collection)
        {
            var value = ExpressionText.IsExpression(collection)
                ? instance.Process.Expression(collection).Evaluate(vars)
                : vars.TryGetValue(collection, out var v) ? v : throw new ExpressionException($"Unknown variable '{collection}' used as the collection of '{node.Id}'.");
            items = ValueConversions.ToEnumerable(value).ToList();
        }
        else
        {
            var count = ValueConversions.ToInt(Value(instance, loop.LoopCardinality, vars));
            items = Enumerable.Repeat<object?>(null, Math.Max(0, count)).ToList();
        }
        body.Items = items;
        body.NextIndex = 0;
        body.Completed = 0;
        SubscribeBoundaries(instance, body, node, isInner: false);
        if (items.Count == 0)
        {
            Leave(instance, body);
            return;
        }
        var start = loop.IsSequential ? 1 : items.Count;
        for (var i = 0; i < start; i++)
        {
            StartInner(instance, body, node);
        }
    }

    private void StartInner(LoadedInstance instance, ElementInstance body, Activity node)
    {
        var index = body.NextIndex++;
        var inner = Entered(instance, instance.State.Add(node.Id, body.Id, ElementState.Waiting));
        inner.Variables = new Dictionary<string, object?>(StringComparer.Ordinal) { [LoopCounter] = (long)index };
        if (node.MultiInstance!.ElementVariable is { } name)
        {
            inner.Variables[name] = body.Items![index];
        }
        Enqueue(OpKind.Execute, instance, inner);
    }

    /// <summary>After an inner instance completed: stop early on the completion condition, start the next, or finish.</summary>
    private void CheckMultiInstance(LoadedInstance instance, ElementInstance body)
    {
        var node = (Activity)NodeOf(instance, body);
        var loop = node.MultiInstance!;
        var active = instance.State.ChildrenOf(body.Id).Count();
        var total = body.Items?.Count ?? 0;
        if (loop.CompletionCondition is { } condition && body.Completed > 0)
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
                done = ValueConversions.ToBoolean(instance.Process.Expression(condition).Evaluate(Variables(instance, body, extra)));
            }
            catch (ExpressionException e)
            {
                RaiseIncident(instance, body, IncidentTypes.Expression, $"Completion condition of '{node.Id}': {e.Message}", OpKind.CheckMultiInstance);
                return;
            }
            if (done)
            {
                foreach (var inner in instance.State.ChildrenOf(body.Id).ToArray())
                {
                    Terminate(instance, inner);
                }
                Leave(instance, body);
                return;
            }
        }
        if (loop.IsSequential && body.NextIndex < total && active == 0)
        {
            StartInner(instance, body, node);
        }
        else if (active == 0 && body.NextIndex >= total)
        {
            Leave(instance, body);
        }
    }
}
