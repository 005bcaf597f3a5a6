using System.Text.Json;
using Samverkan.Host.Components.Manager;
using Samverkan.Rules.Parameters;

namespace Samverkan.Web.Tests.Manager;

public sealed class ParameterTextTests
{
    [Theory]
    [InlineData(ParameterKind.Duration, "\"P14D\"", "14 dagar (P14D)")]
    [InlineData(ParameterKind.Duration, "\"P1Y\"", "1 år (P1Y)")]
    [InlineData(ParameterKind.DayCount, "5", "5 dagar")]
    [InlineData(ParameterKind.Number, "0.5", "0,5")]
    [InlineData(ParameterKind.WeekRanges, "[]", "inga")]
    [InlineData(ParameterKind.StringList, "[\"kommun\",\"region\"]", "kommun, region")]
    public void Show_ValueOfEachKind_AsAManagerReadsIt(ParameterKind kind, string json, string expected) =>
        Assert.Equal(expected, ParameterText.Show(kind, JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData(ParameterKind.Duration, " p2w ", null)]
    [InlineData(ParameterKind.Duration, "P2W", "\"P14D\"")]
    [InlineData(ParameterKind.DayCount, "7", "7")]
    [InlineData(ParameterKind.Number, "0,25", "0.25")]
    [InlineData(ParameterKind.WeekRanges, "2025-W25..2025-W32\n\n2026-W48", "[\"2025-W25..2025-W32\",\"2026-W48\"]")]
    public void Parse_TypedText_GivesTheJsonTheServiceTakes(ParameterKind kind, string text, string? expected)
    {
        var (value, error) = ParameterText.Parse(kind, text);

        Assert.Equal(expected, value?.GetRawText());
        Assert.Equal(expected is null, error is not null);
    }

    [Theory]
    [InlineData(ParameterKind.Duration, "14 dagar", "Ange en tidslängd i ISO 8601, t.ex. P14D (14 dagar) eller P1Y (1 år).")]
    [InlineData(ParameterKind.DayCount, "-3", "Ange ett helt antal dagar, 0 eller mer.")]
    [InlineData(ParameterKind.Number, "hälften", "Ange ett tal, t.ex. 0,5 eller 18.")]
    [InlineData(ParameterKind.WeekRanges, "2025-W32..2025-W25", "\"2025-W32..2025-W25\" är inte en vecka eller period som 2025-W25..2025-W32 (startveckan först).")]
    public void Parse_WrongText_SaysWhatToWriteInSwedish(ParameterKind kind, string text, string expected) =>
        Assert.Equal(expected, ParameterText.Parse(kind, text).Error);
}
