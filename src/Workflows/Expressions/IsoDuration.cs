using Samverkan.Shared;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Workflows.Expressions;

/// <summary>An ISO-8601 duration: years, months and days move the Stockholm calendar, the time part is elapsed time.</summary>
internal readonly partial record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static IsoDuration FromTimeSpan(TimeSpan time) => new(0, 0, 0, time);

    public static bool TryParse(string text, out IsoDuration duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim().ToUpperInvariant());
        if (!match.Success || match.Value is "P" || match.Value.EndsWith('T'))
        {
            return false;
        }

        int Int(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups[7].Success ? double.Parse(match.Groups[7].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Int(1), Int(2), (Int(3) * 7) + Int(4), new TimeSpan(Int(5), Int(6), 0) + TimeSpan.FromSeconds(seconds));
        return true;
    }

    public bool IsCalendar => Years != 0 || Months != 0 || Days != 0;

    public DateTimeOffset AddTo(DateTimeOffset instant)
    {
        if (IsCalendar)
        {
            var local = Stockholm.ToLocal(instant).AddYears(Years).AddMonths(Months).AddDays(Days);
            instant = Stockholm.At(local);
        }

        return instant + Time;
    }
}
