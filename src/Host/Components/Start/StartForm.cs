using Samverkan.Host.Components.Inbox;

namespace Samverkan.Host.Components.Start;

/// <summary>
/// A form on the "Starta ärende" page: what the person fills in, checked in Swedish before anything is started, and the
/// start variables its process expects (read from the process's documentation and its tests).
/// </summary>
public abstract class StartForm
{
    public const int MaxReferenceLength = 100;

    /// <summary>The process key in workflows/.</summary>
    public abstract string ProcessKey { get; }

    /// <summary>The person's own reference for the case (the business key), optional; never a personnummer.</summary>
    public string? Reference { get; set; }

    /// <summary>Messages by field name; empty when the form may be sent.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    public bool Validate()
    {
        Errors.Clear();
        if (Reference is { Length: > 0 } reference)
        {
            if (reference.Trim().Length > MaxReferenceLength)
            {
                Errors[nameof(Reference)] = $"Skriv högst {MaxReferenceLength} tecken.";
            }
            else if (ContextVariables.LooksPersonal(reference))
            {
                Errors[nameof(Reference)] = "Ange inte personnummer här; använd ett ärendenummer.";
            }
        }
        Check();
        return Errors.Count == 0;
    }

    public string? BusinessKey => string.IsNullOrWhiteSpace(Reference) ? null : Reference.Trim();

    public abstract Dictionary<string, object?> ToVariables(string userId);

    protected abstract void Check();

    protected void Required(string field, string? value, string message = "Fyll i det här fältet.")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors[field] = message;
        }
    }

    protected void Required(string field, bool? value)
    {
        if (value is null)
        {
            Errors[field] = "Välj ja eller nej.";
        }
    }

    /// <summary>Free text that travels in process variables: no personnummer, within its length.</summary>
    protected void Text(string field, string? value, int min, int max)
    {
        Required(field, value);
        var text = value?.Trim() ?? "";
        if (Errors.ContainsKey(field))
        {
            return;
        }
        if (text.Length < min)
        {
            Errors[field] = $"Skriv minst {min} tecken.";
        }
        else if (text.Length > max)
        {
            Errors[field] = $"Skriv högst {max} tecken (nu {text.Length}).";
        }
        else if (ContextVariables.LooksPersonal(text))
        {
            Errors[field] = "Skriv inga personnummer; beskriv situationen utan att peka ut den enskilde.";
        }
    }
}
