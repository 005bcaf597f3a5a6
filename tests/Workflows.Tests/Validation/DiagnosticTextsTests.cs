using System.Reflection;
using System.Text.RegularExpressions;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Tests.Validation;

public sealed partial class DiagnosticTextsTests
{
    public static TheoryData<string> Codes => new(All().Select(t => t.Code));

    [Fact]
    public void Catalogue_Codes_AreUniqueKebabCase()
    {
        var codes = All().Select(t => t.Code).ToList();

        Assert.True(codes.Count > 50, "the catalogue is read by reflection; did the fields move?");
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
    public void Format_TermArgument_TakesTheWordOfEachLanguage()
    {
        var message = DiagnosticTexts.Unreachable.Format(DiagnosticTerms.Kind("userTask"));

        Assert.Equal("userTask has no incoming sequence flow: unreachable", message.English);
        Assert.Equal("Inget sekvensflöde leder till elementet (användaruppgift): det kan aldrig nås", message.Swedish);
    }

    [Theory]
    [InlineData("startEvent")]
    [InlineData("endEvent")]
    [InlineData("intermediateCatchEvent")]
    [InlineData("intermediateThrowEvent")]
    [InlineData("boundaryEvent")]
    [InlineData("exclusiveGateway")]
    [InlineData("inclusiveGateway")]
    [InlineData("parallelGateway")]
    [InlineData("eventBasedGateway")]
    [InlineData("task")]
    [InlineData("manualTask")]
    [InlineData("userTask")]
    [InlineData("serviceTask")]
    [InlineData("sendTask")]
    [InlineData("receiveTask")]
    [InlineData("businessRuleTask")]
    [InlineData("subProcess")]
    [InlineData("callActivity")]
    [InlineData("sequenceFlow")]
    public void Kind_EveryModelKind_HasASwedishName(string kind)
    {
        var term = DiagnosticTerms.Kind(kind);

        Assert.Equal(kind, term.English);
        Assert.NotEqual(kind, term.Swedish);
    }

    private static IEnumerable<DiagnosticText> All() =>
        typeof(DiagnosticTexts).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(DiagnosticText))
            .Select(f => (DiagnosticText)f.GetValue(null)!);

    // Escaped braces ({{ and }}) are literal text, not placeholders.
    private static SortedSet<int> Placeholders(string template) =>
        new(Placeholder().Matches(template.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
