using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Samverkan.Host.Notifications.Email;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// The plan's next meeting, its follow-up, as an all-day iCalendar event (METHOD:PUBLISH). It goes into calendars
/// outside Samverkan, so it names the case by its reference only, never the individual.
/// </summary>
internal static class PlanCalendar
{
    public static string Create(string reference, Guid instanceId, DateOnly followUp, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = MeetingCalendar.ProductId, Method = "PUBLISH" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"sip-followup-{instanceId}-{followUp:yyyyMMdd}@samverkan",
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC", true),
            DtStart = new CalDateTime(followUp.Year, followUp.Month, followUp.Day),
            DtEnd = new CalDateTime(followUp.AddDays(1).Year, followUp.AddDays(1).Month, followUp.AddDays(1).Day),
            Summary = $"Uppföljning av SIP i ärende {reference}",
            Description = "Uppföljning av den samordnade individuella planen. Se ärendet i Samverkan.",
        });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
