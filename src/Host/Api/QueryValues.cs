using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Api;

/// <summary>Checks query-string values the binder cannot: ranges, enum names, instants. Bad ones are 400s that say which value.</summary>
internal static class QueryValues
{
    public const int MaxPageSize = 500;

    public static (int Page, int PageSize) Paging(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            throw new BadHttpRequestException($"page must be 1 or more, not {page}.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new BadHttpRequestException($"pageSize must be between 1 and {MaxPageSize}, not {pageSize}.");
        }
        return (page ?? 1, pageSize ?? 50);
    }

    public static TEnum? Enum<TEnum>(string name, string? value) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        // Names only: Enum.TryParse would also take "7", which names no status.
        var match = System.Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        return match is null
            ? throw new BadHttpRequestException($"{name} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, not '{value}'.")
            : System.Enum.Parse<TEnum>(match);
    }

    /// <summary>
    /// An ISO-8601 date (midnight) or date-time, in Stockholm time unless it has an offset, as rule-set samples read
    /// it; the binder would read a date without an offset in the server's own zone. Also for instants in JSON bodies.
    /// </summary>
    public static DateTimeOffset? Instant(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        try
        {
            return Calendar.Date(value.Trim());
        }
        catch (FormatException)
        {
            throw new BadHttpRequestException($"{name} must be an ISO-8601 date or date-time such as 2025-06-16 or 2025-06-16T08:30:00+02:00, not '{value}'.");
        }
    }
}
