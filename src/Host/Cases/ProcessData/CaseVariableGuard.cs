using System.Collections;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// Refuses a personnummer or samordningsnummer (with a valid check digit) in any text that enters an instance of a
/// de-identified case, on every way in: the case was raised without an individual, and process data is shown to
/// every organisation that takes part. The error names the field and never quotes the value.
/// </summary>
internal sealed class CaseVariableGuard(CaseFinder cases) : IVariableInputValidator
{
    public const string Message =
        "Fältet innehåller något som ser ut som ett personnummer eller samordningsnummer. Ärendet är avidentifierat: skriv inte personnummer i fritext.";

    public async Task<IReadOnlyList<FieldError>> ValidateAsync(VariableInput input, CancellationToken ct)
    {
        var fields = input.Variables.Where(v => HoldsPersonnummer(v.Value)).Select(v => v.Key).ToList();
        if (fields.Count == 0 || await cases.FindAsync(input.BusinessKeys, ct) is not { Case.PersonId: null })
        {
            return [];
        }
        return fields.Select(f => new FieldError(f, Message)).ToList();
    }

    private static bool HoldsPersonnummer(object? value) => value switch
    {
        string text => PersonnummerText.Contains(text),
        long number => PersonnummerText.Contains(number),
        IReadOnlyDictionary<string, object?> map => map.Values.Any(HoldsPersonnummer),
        IEnumerable items => items.Cast<object?>().Any(HoldsPersonnummer),
        _ => false,
    };
}
