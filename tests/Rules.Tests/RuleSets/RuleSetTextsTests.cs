using System.Reflection;
using Samverkan.Rules.RuleSets;
using Samverkan.Tests.Shared;

namespace Samverkan.Rules.Tests.RuleSets;

public sealed class RuleSetTextsTests
{
    public static TheoryData<string> Codes => new(All().Select(t => t.Code));

    [Fact]
    public void Catalogue_Codes_AreUniqueKebabCase() =>
        CatalogueAssertions.CodesAreUniqueKebabCase([.. All().Select(t => t.Code)], atLeast: 25);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Entry_Swedish_IsWrittenWithTheEnglishPlaceholders(string code)
    {
        var text = All().Single(t => t.Code == code);

        CatalogueAssertions.SwedishHasTheEnglishPlaceholders(text.English, text.Swedish);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Format_EveryArgument_AppearsInBothLanguages(string code)
    {
        var text = All().Single(t => t.Code == code);
        var args = CatalogueAssertions.Arguments(text.English);

        var message = text.Format(args);

        Assert.Equal(code, message.Code);
        CatalogueAssertions.EveryArgumentAppears(args, message.English, message.Swedish);
    }

    [Fact]
    public void Format_TermArgument_TakesTheWordsOfEachLanguage()
    {
        var message = RuleSetTexts.ExpressionDoesNotCompile.Format("x >", RuleSetTerms.InScopedParam("age"), "Expression expected");

        Assert.Equal("`x >` (in scoped param 'age') does not compile: Expression expected", message.English);
        Assert.Equal("Uttrycket `x >` (i hjälputtrycket 'age') går inte att kompilera: Expression expected", message.Swedish);
    }

    private static IEnumerable<RuleSetText> All() =>
        typeof(RuleSetTexts).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(RuleSetText))
            .Select(f => (RuleSetText)f.GetValue(null)!);
}
