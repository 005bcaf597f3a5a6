using System.Globalization;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Components.Shared;

/// <summary>Instants as every page shows them: Stockholm time, yyyy-MM-dd HH:mm.</summary>
internal static class WebTime
{
    public static string Format(DateTimeOffset at) => SwedishTime.ToStockholm(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? at) => at is { } value ? Format(value) : "–";
}
