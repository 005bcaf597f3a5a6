using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Audit;
using Samverkan.Host.Persistence;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// Every read of an instance's variables, history or task forms asks here: which case the instance belongs to, what
/// the reader may see of it (<see cref="ProcessDataRule"/>), and, when that shows an identified individual's process
/// data, the access log entry that is saved before anything is returned.
/// </summary>
internal sealed class ProcessDataAccess(ProcessEngine engine, CaseFinder cases, IDbContextFactory<CasesDbContext> contexts, AccessLog log, TimeProvider clock)
{
    // Call activities nest a few levels; more is a loop in stored data.
    private const int MaxCallDepth = 32;

    /// <summary>The case of the instance: its own business key's, else that of the nearest instance that called it.</summary>
    public async Task<CaseOfProcess?> CaseOfAsync(InstanceView instance, CancellationToken ct)
    {
        var keys = new List<string?> { instance.BusinessKey };
        for (var parent = instance.ParentInstanceId; parent is { } id && keys.Count < MaxCallDepth;)
        {
            var caller = await engine.GetInstanceAsync(id, ct);
            if (caller is null)
            {
                break;
            }
            keys.Add(caller.BusinessKey);
            parent = caller.ParentInstanceId;
        }
        return await cases.FindAsync(keys, ct);
    }

    /// <summary>What <paramref name="reader"/> may see of the instance now; writes nothing.</summary>
    public async Task<Disclosure> DecideAsync(InstanceView instance, ICurrentUser reader, CancellationToken ct) =>
        Decide(await CaseOfAsync(instance, ct), reader);

    /// <summary>What <paramref name="reader"/> may see now of an instance of the case found; writes nothing.</summary>
    public Disclosure Decide(CaseOfProcess? found, ICurrentUser reader) => ProcessDataRule.Decide(found, reader, clock.GetUtcNow());

    /// <summary>
    /// What <paramref name="reader"/> may see; when that reveals an identified individual's process data, the read is
    /// logged (who, organisations, roles, when, which individual, <paramref name="why"/>) before this returns.
    /// </summary>
    public async Task<Disclosure> DiscloseAsync(InstanceView instance, ICurrentUser reader, string why, Guid? taskId, CancellationToken ct)
    {
        var disclosure = await DecideAsync(instance, reader, ct);
        if (disclosure.RevealsIndividual)
        {
            await LogAsync(disclosure, reader, why, taskId, ct);
        }
        return disclosure;
    }

    /// <summary>
    /// The instance's variables and free texts as <paramref name="reader"/> may see them; an identified read is logged
    /// (see <see cref="DiscloseAsync"/>).
    /// </summary>
    public async Task<InstanceData> ReadAsync(InstanceView instance, ICurrentUser reader, string why, Guid? taskId, CancellationToken ct)
    {
        var disclosure = await DiscloseAsync(instance, reader, why, taskId, ct);
        return await ShowAsync(instance, disclosure, ct);
    }

    /// <summary>The instance's data as a decided <paramref name="disclosure"/> shows it; logs nothing.</summary>
    public async Task<InstanceData> ShowAsync(InstanceView instance, Disclosure disclosure, CancellationToken ct) =>
        disclosure.ShowsValues
            ? new InstanceData(disclosure, new MaskedVariables(instance.Variables, []))
            : new InstanceData(disclosure, ProcessDataMask.Apply(instance.Variables, await ModelOfAsync(instance, ct)));

    private async Task<ProcessModel?> ModelOfAsync(InstanceView instance, CancellationToken ct)
    {
        try
        {
            return await engine.GetModelAsync(instance.DefinitionId, ct);
        }
        catch (EngineException e) when (e.Kind == EngineErrorKind.NotFound)
        {
            // Without its diagram no field is known to be safe: everything that can be masked is.
            return null;
        }
    }

    /// <summary>
    /// Logs an operator's change to an instance (suspended, moved, a variable changed, migrated) when its case concerns an
    /// identified individual, whoever the operator is: the change touches that individual's process data.
    /// </summary>
    public async Task LogChangeAsync(InstanceView instance, ICurrentUser actor, string what, CancellationToken ct)
    {
        if (await CaseOfAsync(instance, ct) is not { Case.PersonId: Guid personId } found)
        {
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditEntries.Add(log.Entry(actor, AuditAction.Change, personId, found.Case.Id, detail: $"{what} (instance {instance.Id})"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Logs one read of an identified individual's process data, for reads that decide per item (notifications).</summary>
    public async Task LogAsync(Disclosure disclosure, ICurrentUser reader, string why, Guid? taskId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var through = disclosure.Through is { } org ? $" (through {org})" : "";
        db.AuditEntries.Add(log.Entry(reader, AuditAction.Read, disclosure.PersonId, disclosure.CaseId, taskId, detail: why + through));
        await db.SaveChangesAsync(ct);
    }
}
