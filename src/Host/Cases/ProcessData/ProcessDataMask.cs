using System.Collections;
using Samverkan.Host.Components.Shared;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// Masks what can hold personal data for a reader who may not see it: every text value, except a form field's value
/// that the diagram marks safe (a choice among its options, or a text field with the camunda:property
/// personalData=false), and anything that looks like a personnummer. Yes/no, numbers and dates stay, as do names and the
/// shape of lists and objects, so that designers and operators can follow an instance without its content.
/// </summary>
internal static class ProcessDataMask
{
    public const string Marker = VariableMask.Masked;

    /// <summary>The property of a text form field that says its value is never personal data.</summary>
    public const string PersonalDataProperty = "personalData";

    public static MaskedVariables Apply(IReadOnlyDictionary<string, object?> variables, ProcessModel? model)
    {
        var fields = SafeFields(model);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var masked = new List<string>();
        foreach (var (name, value) in variables)
        {
            var shown = value is string text && IsSafeText(fields.GetValueOrDefault(name), text) ? text : Mask(value);
            values[name] = shown;
            if (!Same(value, shown))
            {
                masked.Add(name);
            }
        }
        return new MaskedVariables(values, masked);
    }

    /// <summary>Free text of an instance (a history detail, an end reason, an incident message): only what looks like a personnummer is masked.</summary>
    public static string? Text(string? text) => text is null ? null : VariableMask.Display("", text);

    private static object? Mask(object? value) => value switch
    {
        null or bool or DateTimeOffset or double => value,
        long number => VariableMask.IsPersonal("", number) ? Marker : number,
        string => Marker,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => Mask(kv.Value), StringComparer.Ordinal),
        IEnumerable items => items.Cast<object?>().Select(Mask).ToList(),
        _ => Marker,
    };

    private static bool IsSafeText(SafeField? field, string text) =>
        field is not null && !VariableMask.IsPersonal("", text) && (field.AnyText || field.Options.Contains(text));

    /// <summary>Form field ids whose every declaration in the process is safe: a choice (its options) or text marked personalData=false.</summary>
    private static Dictionary<string, SafeField> SafeFields(ProcessModel? model)
    {
        var safe = new Dictionary<string, SafeField>(StringComparer.Ordinal);
        if (model is null)
        {
            return safe;
        }
        var declarations = model.Nodes.OfType<UserTask>().SelectMany(t => t.FormFields).GroupBy(f => f.Id, StringComparer.Ordinal);
        foreach (var declared in declarations)
        {
            var fields = declared.ToList();
            if (fields.All(f => f.Type == "enum"))
            {
                safe[declared.Key] = new SafeField(false, fields.SelectMany(f => f.Options).Select(o => o.Id).ToHashSet(StringComparer.Ordinal));
            }
            else if (fields.All(f => f.Type == "enum" || MarkedSafe(f)))
            {
                safe[declared.Key] = new SafeField(true, new HashSet<string>());
            }
        }
        return safe;
    }

    private static bool MarkedSafe(FormField field) =>
        field.Properties.TryGetValue(PersonalDataProperty, out var value) && string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static bool Same(object? before, object? after) => before switch
    {
        IReadOnlyDictionary<string, object?> map => after is IReadOnlyDictionary<string, object?> other && map.All(kv => Same(kv.Value, other.GetValueOrDefault(kv.Key))),
        IEnumerable items and not string => after is IList list && items.Cast<object?>().Select((item, i) => Same(item, list[i])).All(s => s),
        _ => Equals(before, after),
    };

    private sealed record SafeField(bool AnyText, IReadOnlySet<string> Options);
}
