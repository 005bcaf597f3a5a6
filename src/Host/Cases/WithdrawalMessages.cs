using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Cases;

/// <summary>
/// Tells every running process of a person's cases that a consent was withdrawn: the message
/// <see cref="MessageName"/>, correlated by business key (the case id). Safe to run twice, as a Hangfire job too.
/// </summary>
public sealed class WithdrawalMessages(IDbContextFactory<CasesDbContext> contexts, ProcessEngine engine, TimeProvider clock, CasesLog log)
{
    /// <summary>The message the SIP process (and any other) listens for.</summary>
    public const string MessageName = "samtyckeAterkallat";

    public async Task TellProcessesAsync(Guid consentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId, ct);
        if (consent is not { WithdrawnAt: not null, ProcessesToldAt: null })
        {
            return;
        }
        var caseIds = await db.Cases.Where(c => c.PersonId == consent.PersonId).Select(c => c.Id).ToListAsync(ct);
        var reached = 0;
        foreach (var caseId in caseIds)
        {
            reached += await CorrelateAsync(caseId.ToString(), ct);
        }
        consent.MarkProcessesTold(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        log.ProcessesTold(consentId, caseIds.Count, reached);
    }

    /// <summary>Withdrawals whose processes were not told (the service stopped in between): at start-up.</summary>
    public async Task TellPendingAsync(CancellationToken ct)
    {
        List<Guid> pending;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            pending = await db.Consents.Where(c => c.WithdrawnAt != null && c.ProcessesToldAt == null).Select(c => c.Id).ToListAsync(ct);
        }
        foreach (var consentId in pending)
        {
            try
            {
                await TellProcessesAsync(consentId, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.ProcessesNotTold(consentId, e.GetType().Name);
            }
        }
    }

    private async Task<int> CorrelateAsync(string businessKey, CancellationToken ct)
    {
        // Only where a process of the case still runs: with none waiting, the engine would instead start a process
        // that begins with this message, and a withdrawal must not start anything.
        var running = await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = businessKey, Status = InstanceStatus.Active, PageSize = 1 }, ct);
        if (running.Items.Count == 0)
        {
            return 0;
        }
        try
        {
            return (await engine.CorrelateMessageAsync(MessageName, businessKey, all: true, ct: ct)).InstanceIds.Count;
        }
        catch (EngineException e) when (e.Kind == EngineErrorKind.NotFound)
        {
            // Its processes run but none listens for a withdrawal right now.
            return 0;
        }
    }
}
