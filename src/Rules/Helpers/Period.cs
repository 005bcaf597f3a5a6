using Samverkan.Shared;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Samverkan.Rules.Helpers;

/// <summary>
/// An ISO-8601 duration such as P14D, P1Y or PT12H. Years, months and days are calendar steps in Stockholm
/// (a day across a clock change keeps the wall-clock time); hours, minutes and seconds are elapsed time.
/// </summary>
public readonly partial record struct Period
{
    public Period(int years, int months, int days, TimeSpan time)
    {
        if (years < 0 || months < 0 || days < 0 || time < TimeSpan.Zero)
        {
            throw new FormatException("A period cannot be negative.");
        }

        Years = years;
        Months = months;
        Days = days;
        Time = time;
    }

    public int Years { get; }

    public int Months { get; }

    public int Days { get; }

    public TimeSpan Time { get; }

    public static Period FromDays(int days) => new(0, 0, days, TimeSpan.Zero);

    public DateTimeOffset AddTo(DateTimeOffset instant)
    {
        if (Years == 0 && Months == 0 && Days == 0)
        {
            return instant + Time;
        }

        var local = Stockholm.ToLocal(instant).AddYears(Years).AddMonths(Months).AddDays(Days);
        return Stockholm.At(local) + Time;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not an ISO-8601 duration such as P14D, P1Y or PT12H.");

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true } || match.Value is "P" || match.Value.EndsWith('T'))
        {
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var time = new TimeSpan(Part(5), Part(6), Part(7));
            period = new Period(Part(1), Part(2), checked((Part(3) * 7) + Part(4)), time);
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Days, 'D');
        if (Time > TimeSpan.Zero)
        {
            text.Append('T');
            Append(text, (int)Time.TotalHours, 'H');
            Append(text, Time.Minutes, 'M');
            Append(text, Time.Seconds, 'S');
        }

        return text.Length == 1 ? "P0D" : text.ToString();
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    [GeneratedRegex(@"^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$")]
    private static partial Regex Pattern();
}
