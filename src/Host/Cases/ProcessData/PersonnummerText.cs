using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// Finds a Swedish personnummer or samordningsnummer with a valid check digit in free text: ten digits (YYMMDD-XXXX,
/// also with '+' or no separator) or twelve (YYYYMMDD-XXXX), not inside a longer number.
/// </summary>
internal static partial class PersonnummerText
{
    [GeneratedRegex(@"(?<!\d)(\d{6}|\d{8})[-+ ]?(\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    public static bool Contains(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var date = match.Groups[1].Value;
            var digits = date + match.Groups[2].Value;
            if (date.Length == 8 ? Personnummer.TryParse(digits, out _, out _) : IsValidShort(digits))
            {
                return true;
            }
        }
        return false;
    }

    // Ten digits carry no century: a valid check digit and a date that exists in one of the last two centuries.
    private static bool IsValidShort(string tenDigits) =>
        Personnummer.TryParse("19" + tenDigits, out _, out _) || Personnummer.TryParse("20" + tenDigits, out _, out _);

    /// <summary>A number typed where text was expected (a long form field) reads the same.</summary>
    public static bool Contains(long number) => Contains(number.ToString(CultureInfo.InvariantCulture));
}
