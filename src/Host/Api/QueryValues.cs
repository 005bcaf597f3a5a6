namespace Samverkan.Host.Api;

/// <summary>Checks query-string values the binder cannot: ranges and enum names. Bad ones are 400s that say which value.</summary>
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
}
