using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Components.Instances;

/// <summary>A step a token can be started at on the instance page: its id, its name, and whether it has exactly one way on ("after").</summary>
public sealed record MoveTarget(string Id, string Name, bool CanStartAfter)
{
    /// <summary>Every step of the model an operator can start a token at: not start or boundary events, not compensation handlers.</summary>
    public static IReadOnlyList<MoveTarget> Of(ProcessModel? model, Func<string, string> name) =>
        model is null
            ? []
            : model.Nodes
                .Where(n => n is not (StartEvent or BoundaryEvent) && n is not Activity { IsForCompensation: true })
                .Select(n => new MoveTarget(n.Id, name(n.Id), n.Outgoing.Count == 1))
                .OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
}

/// <summary>What the move dialog asks the engine to do.</summary>
public sealed record TokenMove(string? CancelAt, string? StartAt, TokenPlacement Placement, string Reason);

/// <summary>What the variable dialog asks the engine to set.</summary>
public sealed record VariableChange(string Name, object? Value, string Reason);
