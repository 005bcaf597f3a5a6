using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace Samverkan.Workflows.Expressions;

/// <summary>Reads Camunda's Quartz-style cron (seconds first, optional year, day-of-week 1 = Sunday) with Cronos.</summary>
internal static partial class QuartzCron
{
    [GeneratedRegex(@"(?<![#/\d])([1-7])(?!\d)")]
    private static partial Regex DayNumber();

    public static CronExpression Parse(string text)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 7)
        {
            // Cronos has no year field; only "any year" can be honoured.
            if (fields[6] is not ("*" or "?"))
            {
                throw new CronFormatException($"a year field ('{fields[6]}') is not supported");
            }

            fields = fields[..6];
        }

        if (fields.Length != 6)
        {
            throw new CronFormatException($"expected 6 fields (seconds minutes hours day-of-month month day-of-week), found {fields.Length}");
        }

        // Quartz numbers days 1 (Sunday) to 7 (Saturday); Cronos uses 0 to 6.
        fields[5] = DayNumber().Replace(fields[5], m => (int.Parse(m.Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture));
        return CronExpression.Parse(string.Join(' ', fields), CronFormat.IncludeSeconds);
    }
}
