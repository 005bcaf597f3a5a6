using Samverkan.Shared;

namespace Samverkan.Rules.RuleSets;

/// <summary>One entry of <see cref="RuleSetTexts"/>: a stable code and the same message in English and Swedish.</summary>
/// <remarks>
/// Both templates use composite-format placeholders (<c>{0}</c>, <c>{1}</c>, ...) for the same arguments; the
/// Swedish one may reorder them. A <see cref="BilingualTerm"/> argument is put in the language of the template.
/// </remarks>
internal sealed record RuleSetText(string Code, string English, string Swedish)
{
    public RuleSetMessage Format(params object?[] args)
    {
        var (english, swedish) = Bilingual.Format(English, Swedish, args);
        return new(Code, english, swedish);
    }
}
