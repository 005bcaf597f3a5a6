using Hangfire;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Audit;
using Samverkan.Host.Persistence;
using Samverkan.Host.Security;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Cases;

/// <summary>
/// Registers, lists and withdraws consents. Only an organisation that takes part in the case may do so. A withdrawal
/// is saved first (every later read is de-identified), then the person's running processes are told.
/// </summary>
internal sealed class ConsentService(
    IDbContextFactory<CasesDbContext> contexts, AccessLog log, WithdrawalMessages messages, IBackgroundJobClient jobs,
    TimeProvider clock, CasesLog technicalLog)
{
    private const int AdultAge = 18;

    public async Task<ConsentRecord> GiveAsync(Guid caseId, NewConsent request, ICurrentUser actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await ParticipatingCaseAsync(db, caseId, actor, ct);
        if (record.PersonId is not { } personId)
        {
            throw CaseException.Conflict($"Case {caseId} was raised de-identified: there is no individual whose consent it could be.");
        }
        var recipients = CaseInput.Organisations(request.Recipients, "recipients");
        var categories = CaseInput.Categories(request.Categories, "categories");
        var now = clock.GetUtcNow();
        var validFrom = request.ValidFrom ?? now;
        if (request.ValidTo <= validFrom)
        {
            throw CaseException.Invalid("validTo", "must be after validFrom (or after now, when validFrom is not given): a consent is limited in time.");
        }
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        if (request.GivenBy == ConsentGiver.Self && CaseAccess.AgeAt(person.BirthDate, now) < AdultAge)
        {
            throw CaseException.Invalid("givenBy", "The individual is under 18: the guardian gives the consent (Guardian).");
        }
        var consent = new ConsentRecord(Guid.CreateVersion7(now), personId, caseId, recipients, categories, validFrom, request.ValidTo,
            request.GivenBy, actor.UserId!, now);
        db.Consents.Add(consent);
        db.AuditEntries.Add(log.Entry(actor, AuditAction.ConsentGiven, personId, caseId, consentId: consent.Id, detail: "consent registered"));
        await db.SaveChangesAsync(ct);
        technicalLog.ConsentGiven(consent.Id, caseId);
        return consent;
    }

    /// <summary>Every consent of the case's individual (they all decide what this case shows), newest first; the read is logged.</summary>
    public async Task<IReadOnlyList<ConsentRecord>> ListAsync(Guid caseId, ICurrentUser actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await ParticipatingCaseAsync(db, caseId, actor, ct);
        if (record.PersonId is not { } personId)
        {
            return [];
        }
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).ToListAsync(ct);
        db.AuditEntries.Add(log.Entry(actor, AuditAction.Read, personId, caseId, detail: "consents listed"));
        await db.SaveChangesAsync(ct);
        return consents;
    }

    public async Task<ConsentRecord> WithdrawAsync(Guid consentId, ICurrentUser actor, CancellationToken ct)
    {
        ConsentRecord consent;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId, ct)
                ?? throw CaseException.NotFound($"There is no consent {consentId}.");
            await ParticipatingCaseAsync(db, consent.CaseId, actor, ct);
            if (consent.WithdrawnAt is { } at)
            {
                throw CaseException.Conflict($"Consent {consentId} was already withdrawn at {at:O}.");
            }
            consent.Withdraw(actor.UserId!, clock.GetUtcNow());
            db.AuditEntries.Add(log.Entry(actor, AuditAction.ConsentWithdrawn, consent.PersonId, consent.CaseId, consentId: consent.Id,
                detail: "consent withdrawn"));
            await db.SaveChangesAsync(ct);
        }
        technicalLog.ConsentWithdrawn(consentId);
        try
        {
            await messages.TellProcessesAsync(consentId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The withdrawal holds already; a job tells the processes again (and start-up catches what that misses).
            technicalLog.ProcessesNotTold(consentId, e.GetType().Name);
            jobs.Enqueue<WithdrawalMessages>(m => m.TellProcessesAsync(consentId, CancellationToken.None));
        }
        return consent;
    }

    private static async Task<CaseRecord> ParticipatingCaseAsync(CasesDbContext db, Guid caseId, ICurrentUser actor, CancellationToken ct)
    {
        if (actor.IsAnonymous)
        {
            throw CaseException.Unauthenticated();
        }
        var record = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw CaseException.NotFound($"There is no case {caseId}.");
        return CaseAccess.TakesPart(record, actor)
            ? record
            : throw CaseException.Forbidden($"Only an organisation that takes part in case {caseId} may see or change its consents.");
    }
}
