using Samverkan.Shared;

namespace Samverkan.Workflows.Validation;

/// <summary>One entry of <see cref="DiagnosticTexts"/>: a stable code and the same message in English and Swedish.</summary>
/// <remarks>
/// Both templates use composite-format placeholders (<c>{0}</c>, <c>{1}</c>, ...) for the same arguments; the
/// Swedish one may reorder them. A <see cref="BilingualTerm"/> argument is put in the language of the template.
/// </remarks>
public sealed record DiagnosticText : BilingualText
{
    internal DiagnosticText(string code, string english, string swedish)
        : base(code, english, swedish)
    {
    }

    public DiagnosticMessage Format(params object?[] args)
    {
        var (english, swedish) = Bilingual.Format(English, Swedish, args);
        return new(Code, english, swedish);
    }
}
