using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Inbox;

/// <summary>
/// Claim, give back and complete from the task page. What the engine refuses comes back as a Swedish message (or on the
/// form's fields), never as an exception that would end the page's circuit.
/// </summary>
internal sealed class TaskActions(ProcessEngine engine, InboxQueries inbox)
{
    public Task<string?> ClaimAsync(UserTaskView task, ICurrentUser user, CancellationToken ct = default) =>
        RunAsync(task, user, () => engine.ClaimTaskAsync(task.Id, user.UserId!, ct));

    public Task<string?> UnclaimAsync(UserTaskView task, ICurrentUser user, CancellationToken ct = default) =>
        RunAsync(task, user, () => engine.UnclaimTaskAsync(task.Id, ct));

    /// <summary>Completes with the form's values; null when done, else the reason (field messages are put on <paramref name="form"/>).</summary>
    public async Task<string?> CompleteAsync(UserTaskView task, TaskFormModel form, ICurrentUser user, CancellationToken ct = default)
    {
        if (!form.Validate())
        {
            return "Formuläret har fel. Rätta de markerade fälten.";
        }
        try
        {
            return await RunAsync(task, user, () => engine.CompleteTaskAsync(task.Id, form.ToVariables(), user.UserId, ct), rethrowForm: true);
        }
        catch (FormValidationException refused)
        {
            form.ShowRefusal(refused.Errors);
            return "Uppgiften kunde inte slutföras. Se meddelandena i formuläret.";
        }
        catch (VariableException invalid)
        {
            form.ShowRefusal([new FieldError(invalid.Variable, invalid.Message)]);
            return "Ett värde godtogs inte. Se meddelandena i formuläret.";
        }
    }

    private async Task<string?> RunAsync(UserTaskView task, ICurrentUser user, Func<Task> action, bool rethrowForm = false)
    {
        if (user.UserId is null || !inbox.CanActOn(task, user))
        {
            return "Uppgiften är tilldelad någon annan. Bara den som har den, eller en chef, kan ändra den.";
        }
        try
        {
            await action();
            return null;
        }
        catch (EngineException e) when (!(rethrowForm && e is FormValidationException))
        {
            return e.Kind switch
            {
                EngineErrorKind.NotFound => "Uppgiften finns inte längre.",
                _ when e is InstanceSuspendedException =>
                    "Ärendet är pausat av en administratör; uppgiften kan inte tas eller slutföras förrän det återupptas.",
                EngineErrorKind.Conflict => "Uppgiften har ändrats av någon annan (tagen, lämnad tillbaka eller slutförd). Ladda om sidan.",
                _ => "Processen godtog inte ändringen.",
            };
        }
        catch (ConcurrencyConflictException)
        {
            return "Andra ändrade ärendet samtidigt. Försök igen.";
        }
    }
}
