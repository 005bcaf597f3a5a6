using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An error end event: throws the BPMN error to the nearest catcher; with none the token stops with an incident.</summary>
internal sealed class ErrorEndEventBehavior(EndEvent end, ErrorTrigger error, ProcessModel model) : ElementBehavior(end, model)
{
    private readonly string? _code = error.ErrorCode;

    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var scope = ctx.Scope;
        ctx.History(HistoryTypes.ErrorThrown, _code);
        if (await ctx.Executor.FindErrorCatchAsync(ctx.Instance, scope, _code, ct) is { } handler)
        {
            ctx.Complete();
            ctx.Executor.Catch(handler);
            return;
        }
        ctx.RaiseIncident(IncidentTypes.UnhandledError, $"Error '{_code}' thrown by '{Node.Id}' is caught by no boundary event or event subprocess.");
    }
}
