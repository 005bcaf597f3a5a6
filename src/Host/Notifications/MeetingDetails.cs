namespace Samverkan.Host.Notifications;

/// <summary>A meeting to invite to; <see cref="Subject"/> and <see cref="Location"/> go into calendars outside Samverkan.</summary>
public sealed record MeetingDetails(DateTimeOffset Start, DateTimeOffset End, string Location, string Subject);
