using System.Globalization;

namespace Samverkan.Host.Tests.Cases;

/// <summary>Valid personnummer (correct check digit) for tests: a random adult, one in some 24 million.</summary>
internal static class TestPersonnummer
{
    public static string Next()
    {
        var birth = new DateOnly(1940, 1, 1).AddDays(Random.Shared.Next(0, 65 * 365));
        var serial = Random.Shared.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        return WithCheckDigit(birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + serial);
    }

    /// <summary>Eleven digits (YYYYMMDDNNN) and the Luhn check digit over the last nine of them, as YYYYMMDD-NNNC.</summary>
    public static string WithCheckDigit(string elevenDigits)
    {
        var sum = 0;
        for (var i = 2; i < 11; i++)
        {
            var d = (elevenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return $"{elevenDigits[..8]}-{elevenDigits[8..]}{(10 - sum % 10) % 10}";
    }
}
