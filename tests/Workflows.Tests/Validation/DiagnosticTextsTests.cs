using System.Reflection;
using Samverkan.Tests.Shared;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Tests.Validation;

public sealed class DiagnosticTextsTests
{
    public static TheoryData<string> Codes => new(All().Select(t => t.Code));

    [Fact]
    public void Catalogue_Codes_AreUniqueKebabCase() =>
        CatalogueAssertions.CodesAreUniqueKebabCase([.. All().Select(t => t.Code)], atLeast: 50);

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
}
