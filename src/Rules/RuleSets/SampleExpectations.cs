using System.Collections;
using System.Text.Json;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.RuleSets;

/// <summary>Compares a sample's Expect with the outcome variable the process would get; only the parts named are compared.</summary>
internal static class SampleExpectations
{
    public static IEnumerable<RuleSetError> Compare(RuleSample sample, RuleOutcome outcome)
    {
        var variable = outcome.ToVariable();
        foreach (var (name, expected) in sample.Expect)
        {
            if (!variable.TryGetValue(name, out var actual))
            {
                yield return new RuleSetError(null, sample.Name, RuleSetTexts.ExpectedPartMissing.Format(name, expected.GetRawText()));
            }
            else if (!Matches(expected, actual))
            {
                yield return new RuleSetError(null, sample.Name, RuleSetTexts.ExpectedPartDiffers.Format(name, expected.GetRawText(), JsonSerializer.Serialize(actual)));
            }
        }
    }

    private static bool Matches(JsonElement expected, object? actual) => (expected.ValueKind, actual) switch
    {
        (JsonValueKind.Null, null) => true,
        (JsonValueKind.True, bool b) => b,
        (JsonValueKind.False, bool b) => !b,
        (JsonValueKind.Number, long l) => expected.TryGetInt64(out var e) ? e == l : expected.GetDouble() == l,
        (JsonValueKind.Number, double d) => expected.GetDouble() == d,
        (JsonValueKind.String, string s) => expected.GetString() == s,
        (JsonValueKind.String, DateTimeOffset instant) => SameInstant(expected.GetString()!, instant),
        (JsonValueKind.Array, IList items) => expected.GetArrayLength() == items.Count
            && expected.EnumerateArray().Select((item, i) => Matches(item, items[i])).All(m => m),
        (JsonValueKind.Object, IReadOnlyDictionary<string, object?> map) => expected.EnumerateObject().Count() == map.Count
            && expected.EnumerateObject().All(p => map.TryGetValue(p.Name, out var value) && Matches(p.Value, value)),
        _ => false,
    };

    private static bool SameInstant(string expected, DateTimeOffset actual)
    {
        try
        {
            return Calendar.Date(expected) == actual;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
