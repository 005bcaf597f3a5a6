using System.Text.Json;
using Samverkan.Host.Components.Manager;
using Samverkan.Rules.Helpers;

namespace Samverkan.Web.Tests.Manager;

public sealed class PauseWeeksEditorTests
{
    private static PauseWeeksEditor Seeded() => PauseWeeksEditor.FromValue(JsonSerializer.SerializeToElement(new[] { "2025-W25..2025-W32" }));

    [Fact]
    public void FromValue_SeededPause_ReadsAsASwedishWeekRange()
    {
        var editor = Seeded();

        Assert.Equal(["från v. 25 2025 till v. 32 2025"], editor.Ranges.Select(SwedishWeeks.Range));
        Assert.False(editor.HasChanges);
    }

    [Fact]
    public void Add_ARangeOverNewYear_IsKeptInOrderAndSavedAsIsoWeeks()
    {
        var editor = Seeded();

        Assert.Null(editor.Add(2026, 52, 2027, 2));
        Assert.Null(editor.Add(2026, 48, 2026, 48));

        Assert.True(editor.HasChanges);
        Assert.Equal("""["2025-W25..2025-W32","2026-W48","2026-W52..2027-W02"]""", editor.ToValue().GetRawText());
        Assert.Equal("v. 48 2026", SwedishWeeks.Range(editor.Ranges[1]));
    }

    [Theory]
    [InlineData(2025, 53, 2025, 53, "Vecka 53 finns inte år 2025.")]
    [InlineData(2026, 10, 2026, 0, "Vecka 0 finns inte år 2026.")]
    [InlineData(2026, 12, 2026, 10, "Slutveckan (v. 10 2026) kommer före startveckan (v. 12 2026).")]
    [InlineData(2025, 30, 2025, 40, "Veckorna överlappar pausen från v. 25 2025 till v. 32 2025. Ta bort den först eller välj andra veckor.")]
    public void Add_WeeksThatCannotBeAdded_SaysWhyInSwedish_AndChangesNothing(int fromYear, int fromWeek, int toYear, int toWeek, string expected)
    {
        var editor = Seeded();

        Assert.Equal(expected, editor.Add(fromYear, fromWeek, toYear, toWeek));
        Assert.False(editor.HasChanges);
    }

    [Fact]
    public void Remove_TheOnlyPause_LeavesAnEmptyList_AndResetBringsItBack()
    {
        var editor = Seeded();

        editor.Remove(editor.Ranges[0]);

        Assert.True(editor.HasChanges);
        Assert.Equal("[]", editor.ToValue().GetRawText());
        Assert.False(editor.Current.Contains(new IsoWeek(2025, 27)));
        editor.Reset();
        Assert.True(editor.Current.Contains(new IsoWeek(2025, 27)));
    }

    [Fact]
    public void Calendar_2026_Has53Weeks_WithThePausedAndCurrentWeekMarked()
    {
        var paused = WeekRanges.Parse(["2026-W48..2026-W49"]);

        var weeks = WeekCalendar.Year(2026, paused, new IsoWeek(2026, 48));

        Assert.Equal(53, weeks.Count);
        Assert.Equal([48, 49], weeks.Where(w => w.Paused).Select(w => w.Week.Week));
        Assert.Equal("v. 48 2026, från 2026-11-23, pausad, denna vecka", Assert.Single(weeks, w => w.IsCurrent).Label);
        Assert.Equal(new DateOnly(2025, 12, 29), weeks[0].Monday);
    }
}
