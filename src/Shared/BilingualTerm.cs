namespace Samverkan.Shared;

/// <summary>A word or phrase that goes into a catalogue message in the language of its template, such as an element kind.</summary>
/// <remarks>Compiled into both Workflows (BPMN diagnostics) and Rules (rule-set errors), which do not reference each other.</remarks>
internal sealed record BilingualTerm(string English, string Swedish)
{
    /// <summary>A name or a piece of code, the same in both languages.</summary>
    public static BilingualTerm Verbatim(string text) => new(text, text);
}
