using Samverkan.Workflows.Abstractions;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// <c>camunda:delegateExpression="${sendMeetingInvitation}"</c>: invites the users and groups in
/// <c>participants</c> to the <c>meeting</c>; e-mail carries an .ics invitation. Sends once per job.
/// </summary>
internal sealed class MeetingInvitationHandler(INotifier notifier) : IServiceTaskHandler
{
    public const string MeetingVariable = "meeting";
    public const string ParticipantsVariable = "participants";

    public string Name => "sendMeetingInvitation";

    public async Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var meeting = HandlerVariables.Meeting(context.Variables, MeetingVariable);
        var participants = HandlerVariables.Recipients(context.Variables, ParticipantsVariable);
        var title = $"{NotificationTexts.DefaultTitle(NotificationKind.MeetingInvitation)}: {meeting.Subject}";
        await notifier.NotifyAsync(new NotificationRequest(NotificationKind.MeetingInvitation, participants, title, NotificationTexts.Meeting(meeting))
        {
            InstanceId = context.InstanceId,
            FromProcess = true,
            DedupeKey = $"job:{context.JobId}",
            Meeting = meeting,
        }, ct);
        return null;
    }
}
