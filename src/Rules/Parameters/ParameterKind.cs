namespace Samverkan.Rules.Parameters;

/// <summary>The type of a parameter's value, which decides the JSON it accepts and the value a rule reads.</summary>
public enum ParameterKind
{
    /// <summary>An ISO-8601 duration such as "P14D" or "P1Y"; rules get a <see cref="Helpers.Period"/>.</summary>
    Duration,

    /// <summary>A whole number of days, zero or more; rules get an int.</summary>
    DayCount,

    /// <summary>ISO-week ranges such as ["2025-W25..2025-W32"]; rules get <see cref="Helpers.WeekRanges"/>.</summary>
    WeekRanges,

    /// <summary>Strings such as organisation names; rules get an <c>IReadOnlyList&lt;string&gt;</c>.</summary>
    StringList,

    /// <summary>Any number; rules get a double.</summary>
    Number,

    /// <summary>Free text, such as the reply to a paused red-thread pull; rules get a string.</summary>
    Text,
}
