using System.Globalization;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Components.Manager;

/// <summary>Instants and dates as the manager's pages show them: "2025-06-16 09:30" in Swedish time.</summary>
public static class SwedishDates
{
    public static string Time(DateTimeOffset at) => SwedishTime.ToStockholm(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(SwedishTime.ToStockholm(now).DateTime);

    /// <summary>A date typed in a date field (yyyy-MM-dd), or null.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
