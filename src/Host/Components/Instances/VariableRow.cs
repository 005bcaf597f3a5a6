using Samverkan.Host.Components.Shared;

namespace Samverkan.Host.Components.Instances;

/// <summary>A process variable as the table shows it; <paramref name="Masked"/> when any of it is hidden.</summary>
public sealed record VariableRow(string Name, string Value, bool Masked)
{
    /// <param name="masked">Part of the value was masked already, for a reader who may not see the case's data.</param>
    public static VariableRow From(string name, object? value, bool masked = false) =>
        new(name, VariableMask.Display(name, value), masked || VariableMask.IsPersonal(name, value));
}
