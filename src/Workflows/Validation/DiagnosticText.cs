using System.Globalization;

namespace Samverkan.Workflows.Validation;

/// <summary>One entry of <see cref="DiagnosticTexts"/>: a stable code and the same message in English and Swedish.</summary>
/// <remarks>
/// Both templates use composite-format placeholders (<c>{0}</c>, <c>{1}</c>, ...) for the same arguments; the
/// Swedish one may reorder them. A <see cref="DiagnosticTerm"/> argument is put in the language of the template.
/// </remarks>
public sealed record DiagnosticText : BilingualText
{
    internal DiagnosticText(string code, string english, string swedish)
        : base(code, english, swedish)
    {
    }

    public DiagnosticMessage Format(params object?[] args) =>
        new(Code, Fill(English, args, t => t.English), Fill(Swedish, args, t => t.Swedish));

    private static string Fill(string template, object?[] args, Func<DiagnosticTerm, string> language) =>
        string.Format(CultureInfo.InvariantCulture, template, [.. args.Select(a => a is DiagnosticTerm term ? language(term) : a)]);
}
