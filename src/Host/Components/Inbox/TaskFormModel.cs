using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Components.Inbox;

/// <summary>
/// A task's form generated from its form fields: the inputs, their Swedish messages, and the messages the engine
/// gave when it refused a completion (on their fields, or above the form when a completion rule set refused it).
/// </summary>
public sealed class TaskFormModel(IReadOnlyList<FormField> fields)
{
    public IReadOnlyList<FormFieldInput> Fields { get; } = fields.Select(f => new FormFieldInput(f)).ToList();

    /// <summary>Messages that belong to no single field, e.g. a completion rule set's reasons.</summary>
    public List<string> FormErrors { get; } = [];

    public bool HasErrors => FormErrors.Count > 0 || Fields.Any(f => f.Error is not null);

    /// <summary>Checks every field; true when all fit.</summary>
    public bool Validate()
    {
        FormErrors.Clear();
        foreach (var input in Fields)
        {
            input.Error = input.Check();
        }
        return !HasErrors;
    }

    /// <summary>The filled-in, editable fields as variables; empty ones are left out so the engine applies their defaults.</summary>
    public Dictionary<string, object?> ToVariables() =>
        Fields.Where(f => !f.Field.ReadOnly && f.HasValue).ToDictionary(f => f.Field.Id, f => f.ToValue());

    /// <summary>Puts the engine's refusal on the fields it names; the rest (rule sets' reasons, already in Swedish) above the form.</summary>
    public void ShowRefusal(IEnumerable<FieldError> errors)
    {
        FormErrors.Clear();
        foreach (var error in errors)
        {
            if (Fields.FirstOrDefault(f => f.Field.Id == error.Field) is { } input)
            {
                // The engine's own form checks speak English ('label' must ...); the field's check says it in Swedish.
                // A completion rule named like a field already speaks Swedish.
                input.Error = input.Check() ?? (!error.Message.StartsWith('\'') ? error.Message
                    : input.Field.ReadOnly ? "Fältet är skrivskyddat och kan inte ändras." : "Värdet godtogs inte. Kontrollera fältet.");
            }
            else if (!FormErrors.Contains(error.Message))
            {
                FormErrors.Add(error.Message);
            }
        }
    }
}
