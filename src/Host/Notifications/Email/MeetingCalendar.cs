using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Samverkan.Host.Notifications.Email;

/// <summary>Builds the iCalendar invitation (METHOD:REQUEST) that goes with a meeting's e-mail.</summary>
internal static class MeetingCalendar
{
    public const string ProductId = "-//Samverkan//Notifications//SV";

    /// <summary>One event; the recipient is its only attendee, so no one learns who else is invited.</summary>
    public static string Create(MeetingDetails meeting, string uid, string organizerEmail, string attendeeEmail, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "REQUEST" };
        var meetingEvent = new CalendarEvent
        {
            Uid = uid,
            DtStamp = Utc(stamp),
            DtStart = Utc(meeting.Start),
            DtEnd = Utc(meeting.End),
            Summary = meeting.Subject,
            Location = meeting.Location,
            Organizer = new Organizer($"mailto:{organizerEmail}"),
        };
        meetingEvent.Attendees.Add(new Attendee($"mailto:{attendeeEmail}")
        {
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = true,
        });
        calendar.Events.Add(meetingEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(DateTimeOffset at) => new(at.UtcDateTime, "UTC", true);
}
