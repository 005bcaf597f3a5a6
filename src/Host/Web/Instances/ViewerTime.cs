using System.Globalization;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Web.Instances;

/// <summary>Instants on the viewer, log and notification pages: Stockholm time as "yyyy-MM-dd HH:mm".</summary>
internal static class ViewerTime
{
    public static string Format(DateTimeOffset at) =>
        SwedishTime.ToStockholm(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? at) => at is { } value ? Format(value) : "";
}
