using System.Globalization;

namespace Samverkan.Host.Cases;

/// <summary>
/// A valid Swedish personnummer or samordningsnummer in its twelve-digit form. <see cref="ToString"/> does not
/// print it, so it cannot slip into a log message or an exception text by accident.
/// </summary>
public readonly record struct Personnummer
{
    private Personnummer(string digits, DateOnly birthDate)
    {
        Digits = digits;
        BirthDate = birthDate;
    }

    /// <summary>Twelve digits, no separator: what is hashed and encrypted.</summary>
    public string Digits { get; }

    /// <summary>The date of birth it encodes (a samordningsnummer's day less 60).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>YYYYMMDD-XXXX, as people write it.</summary>
    public string Formatted => $"{Digits[..8]}-{Digits[8..]}";

    /// <summary>Accepts YYYYMMDDXXXX and YYYYMMDD-XXXX with a correct check digit; <paramref name="error"/> says what is wrong without quoting the value.</summary>
    public static bool TryParse(string? text, out Personnummer personnummer, out string error)
    {
        personnummer = default;
        var value = text?.Trim() ?? "";
        if (value.Length == 13 && value[8] == '-')
        {
            value = value.Remove(8, 1);
        }
        if (value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            error = "A personnummer is 12 digits, written YYYYMMDDXXXX or YYYYMMDD-XXXX; partial numbers are not searched for.";
            return false;
        }
        if (BirthDateOf(value) is not { } birthDate)
        {
            error = "The first eight digits of a personnummer must be a date of birth (a samordningsnummer's day plus 60).";
            return false;
        }
        if (!LuhnValid(value.AsSpan(2)))
        {
            error = "The check digit of the personnummer does not match; check for a typing error.";
            return false;
        }
        personnummer = new Personnummer(value, birthDate);
        error = "";
        return true;
    }

    public override string ToString() => "[personnummer]";

    private static DateOnly? BirthDateOf(string digits)
    {
        var year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[6..8], CultureInfo.InvariantCulture);
        if (day > 60)
        {
            day -= 60;
        }
        if (year < 1800 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    // The check digit covers the ten digits from the two-digit year on.
    private static bool LuhnValid(ReadOnlySpan<char> tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < tenDigits.Length; i++)
        {
            var d = tenDigits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
