using System.Globalization;

namespace Samverkan.Host.Notifications;

/// <summary>Instants as Swedish users read them: Stockholm time, "2025-06-16 kl. 09:30".</summary>
internal static class SwedishTime
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTimeOffset ToStockholm(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Stockholm);

    public static string Format(DateTimeOffset at) =>
        ToStockholm(at).ToString("yyyy-MM-dd 'kl.' HH:mm", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTimeOffset at) =>
        ToStockholm(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A time without an offset is Stockholm's wall-clock time, as a form in Sweden means it.</summary>
    public static DateTimeOffset FromLocal(DateTime local) =>
        new(local, Stockholm.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
}
