using System.Text.Json;
using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Components.Manager;

/// <summary>
/// The red thread's pause windows (the parameter <see cref="ParameterName"/>, read by the RedThreadPull rule set) as
/// a manager edits them: week ranges added and removed one at a time, then saved as the parameter's new value.
/// </summary>
public sealed class PauseWeeksEditor
{
    /// <summary>The parameter in workflows/rules/parameters.json that RedThreadPull's NotPaused rule reads.</summary>
    public const string ParameterName = "redThreadPauseWeeks";

    private readonly List<WeekRange> _saved;
    private readonly List<WeekRange> _ranges;

    public PauseWeeksEditor(IEnumerable<WeekRange> ranges)
    {
        _saved = [.. ranges];
        _ranges = [.. _saved];
    }

    /// <summary>The editor for a value of the parameter, e.g. ["2025-W25..2025-W32"].</summary>
    public static PauseWeeksEditor FromValue(JsonElement value) =>
        new(WeekRanges.Parse(value.EnumerateArray().Select(v => v.GetString() ?? "")).Ranges);

    public IReadOnlyList<WeekRange> Ranges => _ranges;

    public WeekRanges Current => new(_ranges);

    /// <summary>True when the ranges differ from those the editor started with.</summary>
    public bool HasChanges => !_ranges.SequenceEqual(_saved);

    /// <summary>Adds the weeks from one week to another, both included; the reason in Swedish when they cannot be added.</summary>
    public string? Add(int fromYear, int fromWeek, int toYear, int toWeek)
    {
        if (Week(fromYear, fromWeek) is not { } first)
        {
            return $"Vecka {fromWeek} finns inte år {fromYear}.";
        }
        if (Week(toYear, toWeek) is not { } last)
        {
            return $"Vecka {toWeek} finns inte år {toYear}.";
        }
        if (last < first)
        {
            return $"Slutveckan ({SwedishWeeks.Week(last)}) kommer före startveckan ({SwedishWeeks.Week(first)}).";
        }
        var range = new WeekRange(first, last);
        if (_ranges.FirstOrDefault(r => r.First <= range.Last && range.First <= r.Last) is { } overlapping)
        {
            return $"Veckorna överlappar pausen {SwedishWeeks.Range(overlapping)}. Ta bort den först eller välj andra veckor.";
        }
        _ranges.Add(range);
        _ranges.Sort((a, b) => a.First.CompareTo(b.First));
        return null;
    }

    public void Remove(WeekRange range) => _ranges.Remove(range);

    /// <summary>Back to the ranges the editor started with.</summary>
    public void Reset()
    {
        _ranges.Clear();
        _ranges.AddRange(_saved);
    }

    /// <summary>The parameter's new value: ["2025-W25..2025-W32", ...].</summary>
    public JsonElement ToValue() => JsonSerializer.SerializeToElement(_ranges.Select(r => r.ToString()).ToArray());

    private static IsoWeek? Week(int year, int week) =>
        IsoWeek.TryParse($"{year:0000}-W{week:00}", out var parsed) ? parsed : null;
}
