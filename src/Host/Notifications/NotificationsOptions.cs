namespace Samverkan.Host.Notifications;

/// <summary>The "Samverkan:Notifications" section.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Samverkan:Notifications";

    /// <summary>Where users open Samverkan; e-mails link here instead of carrying the case's details.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>At start-up, open tasks created this far back that nobody was told about get their new-task notice.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(2);
}
