using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Tests.RuleSets;

public sealed partial class RuleSetTextsTests
{
    public static TheoryData<string> Codes => new(All().Select(t => t.Code));

    [Fact]
    public void Catalogue_Codes_AreUniqueKebabCase()
    {
        var codes = All().Select(t => t.Code).ToList();

        Assert.True(codes.Count > 25, "the catalogue is read by reflection; did the fields move?");
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(KebabCase(), code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Entry_Swedish_IsWrittenWithTheEnglishPlaceholders(string code)
    {
        var text = All().Single(t => t.Code == code);

        Assert.False(string.IsNullOrWhiteSpace(text.Swedish));
        Assert.NotEqual(text.English, text.Swedish);
        Assert.Equal(Placeholders(text.English), Placeholders(text.Swedish));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Format_EveryArgument_AppearsInBothLanguages(string code)
    {
        var text = All().Single(t => t.Code == code);
        var args = Placeholders(text.English).Select(i => (object?)$"<arg{i}>").ToArray();

        var message = text.Format(args);

        Assert.Equal(code, message.Code);
        Assert.All(args, a => Assert.Contains((string)a!, message.English, StringComparison.Ordinal));
        Assert.All(args, a => Assert.Contains((string)a!, message.Swedish, StringComparison.Ordinal));
    }

    [Fact]
    public void Format_TermArgument_TakesTheWordsOfEachLanguage()
    {
        var message = RuleSetTexts.ExpressionDoesNotCompile.Format("x >", RuleSetTerm.InScopedParam("age"), "Expression expected");

        Assert.Equal("`x >` (in scoped param 'age') does not compile: Expression expected", message.English);
        Assert.Equal("Uttrycket `x >` (i hjälputtrycket 'age') går inte att kompilera: Expression expected", message.Swedish);
    }

    private static IEnumerable<RuleSetText> All() =>
        typeof(RuleSetTexts).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(RuleSetText))
            .Select(f => (RuleSetText)f.GetValue(null)!);

    private static SortedSet<int> Placeholders(string template) =>
        new(Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
