using System.Globalization;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Components.Designer;

/// <summary>How the designer's pages write times and file names.</summary>
public static class DesignerFormat
{
    public static string Time(DateTimeOffset at) =>
        SwedishTime.ToStockholm(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string FileName(string key, int? version) =>
        version is int v ? $"{key}-v{v}.bpmn" : $"{key}.bpmn";
}
