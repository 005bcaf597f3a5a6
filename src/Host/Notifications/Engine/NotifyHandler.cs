using Samverkan.Workflows.Abstractions;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// <c>camunda:delegateExpression="${notify}"</c>: tells the users and groups in <c>notifyTo</c> what
/// <c>notifyText</c> says, as a <c>notifyKind</c> notification. Sends once per job, however often it runs.
/// </summary>
internal sealed class NotifyHandler(INotifier notifier) : IServiceTaskHandler
{
    public const string KindVariable = "notifyKind";
    public const string ToVariable = "notifyTo";
    public const string TextVariable = "notifyText";
    public const string TitleVariable = "notifyTitle";

    public string Name => "notify";

    public async Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var variables = context.Variables;
        var kind = HandlerVariables.Kind(variables, KindVariable, NotificationKind.Info);
        var to = HandlerVariables.Recipients(variables, ToVariable);
        var title = HandlerVariables.String(variables, TitleVariable) is { Length: > 0 } given ? given : NotificationTexts.DefaultTitle(kind);
        var body = HandlerVariables.String(variables, TextVariable) is { Length: > 0 } text ? text : NotificationTexts.DefaultBody;
        await notifier.NotifyAsync(new NotificationRequest(kind, to, title, body)
        {
            InstanceId = context.InstanceId,
            FromProcess = true,
            DedupeKey = $"job:{context.JobId}",
        }, ct);
        return null;
    }
}
