using System.Text.Json;

namespace Samverkan.Rules.Benchmarks;

/// <summary>A 10-rule set of the kinds the processes use: comparisons, list look-ups, parameters and calendar helpers.</summary>
internal static class BenchRuleSet
{
    public const string Name = "Bench";

    public static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2025-09-01T10:00:00+02:00");

    public static readonly string[] Parameters =
    [
        """{ "Name": "pause", "Kind": "WeekRanges", "Description": "d", "Value": ["2025-W25..2025-W32"] }""",
        """{ "Name": "parties", "Kind": "StringList", "Description": "d", "Value": ["ambulanssjukvård", "polis", "räddningstjänst", "socialtjänst"] }""",
        """{ "Name": "adultAge", "Kind": "Number", "Description": "d", "Value": 18 }""",
        """{ "Name": "conveneDays", "Kind": "DayCount", "Description": "d", "Value": 5 }""",
    ];

    public static Dictionary<string, object?> Input() => new(StringComparer.Ordinal)
    {
        ["party"] = "polis",
        ["sipAttempted"] = true,
        ["needsKommun"] = true,
        ["needsRegion"] = true,
        ["consentGiven"] = true,
        ["dateOfBirth"] = "1984-03-12",
        ["category"] = "psykiatri",
        ["diagnoses"] = new List<object?> { "F20.0", "F10.2" },
        ["score"] = 42L,
        ["now"] = AsOf,
    };

    public static string Json()
    {
        (string Name, string Expression, string? Output)[] rules =
        [
            ("NotPaused", "!params.pause.Contains(now)", null),
            ("AllowedParty", "params.parties.Contains(input.party)", null),
            ("SipAttempted", "input.sipAttempted", null),
            ("BothHuvudman", "input.needsKommun && input.needsRegion", null),
            ("Consent", "input.consentGiven", null),
            ("Adult", "Calendar.Age(input.dateOfBirth, now) >= params.adultAge", null),
            ("SubstanceUse", "input.diagnoses.Any(d => d.ToString().StartsWith(\"F1\"))", null),
            ("Score", "input.score > 10 && input.score < 100", null),
            ("Psychiatry", "input.category == \"psykiatri\"", "new (\"psykiatri\" as group)"),
            ("Convene", "true", "new (Calendar.AddWorkingDays(now, params.conveneDays) as conveneBy)"),
        ];
        return JsonSerializer.Serialize(new
        {
            WorkflowName = Name,
            Rules = rules.Select(r => new
            {
                RuleName = r.Name,
                r.Expression,
                Actions = r.Output is null ? null : new { OnSuccess = new { Name = "OutputExpression", Context = new { Expression = r.Output } } },
            }),
            Samples = new[] { new { Name = "alla", AsOf = AsOf.ToString("O"), Input = Input(), Expect = new { passed = true, group = "psykiatri" } } },
        });
    }
}
