namespace Samverkan.Host.Components.Shared;

/// <summary>Addresses of pages that are linked from outside the page that owns them: other pages and e-mails.</summary>
public static class WebRoutes
{
    public const string Notifications = "/notiser";

    public static string Task(Guid id) => $"/inkorg/{id}";

    public static string Case(Guid id) => $"/arenden/{id}";
}
