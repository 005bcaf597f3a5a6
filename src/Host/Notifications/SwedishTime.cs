using System.Globalization;
using Samverkan.Shared;

namespace Samverkan.Host.Notifications;

/// <summary>Instants as Swedish users read them: Stockholm time, "2025-06-16 kl. 09:30" (the calendar is <see cref="Stockholm"/>).</summary>
internal static class SwedishTime
{
    public static DateTimeOffset ToStockholm(DateTimeOffset at) => Stockholm.ToStockholm(at);

    public static string Format(DateTimeOffset at) =>
        ToStockholm(at).ToString("yyyy-MM-dd 'kl.' HH:mm", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTimeOffset at) =>
        ToStockholm(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A time without an offset is Stockholm's wall-clock time, as a form in Sweden means it.</summary>
    public static DateTimeOffset FromLocal(DateTime local) => Stockholm.At(local);
}
