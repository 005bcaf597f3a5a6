using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Audit;
using Samverkan.Host.Persistence;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Cases;

/// <summary>
/// Registers, reads and finds cases, each read shown identified or de-identified by <see cref="CaseAccess"/>.
/// Every time identified data is written or shown, an access log entry is saved first.
/// </summary>
internal sealed class CaseService(
    IDbContextFactory<CasesDbContext> contexts, PersonProtector protector, AccessLog log, ProcessEngine engine, TimeProvider clock,
    CasesLog technicalLog)
{
    public async Task<CaseView> CreateAsync(NewCase request, ICurrentUser actor, CancellationToken ct)
    {
        if (actor.IsAnonymous)
        {
            throw CaseException.Unauthenticated();
        }
        var organisations = CaseInput.Organisations(request.Organisations, "organisations");
        var title = CaseInput.Title(request.Title, "title");
        var name = CaseInput.Name(request.Name, "person.name");
        Personnummer? personnummer = request.Personnummer is null && name is null
            ? null
            : CaseInput.Personnummer(request.Personnummer, "person.personnummer");
        try
        {
            return await TryCreateAsync(organisations, title, personnummer, name, actor, ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Someone registered the same individual at the same moment: this time they are found.
            return await TryCreateAsync(organisations, title, personnummer, name, actor, ct);
        }
    }

    public async Task<CaseView> GetAsync(Guid id, Guid? taskId, ICurrentUser actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound(id);
        if (taskId is { } task && (await engine.GetTaskAsync(task, ct))?.BusinessKey != record.BusinessKey)
        {
            throw CaseException.Invalid("taskId", $"Task {task} is not a task of case {id}.");
        }
        return await ViewAsync(db, record, actor, taskId, "case read", ct);
    }

    /// <summary>The case read for another reason than the API's plain read (such as a plan downloaded), which the access log names.</summary>
    public async Task<CaseView> ReadAsync(Guid id, ICurrentUser actor, string why, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound(id);
        return await ViewAsync(db, record, actor, null, why, ct);
    }

    /// <summary>The case of a task (found through its instance), read with the task as the reason.</summary>
    public async Task<CaseView> ReadForTaskAsync(CaseRecord record, Guid taskId, ICurrentUser actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ViewAsync(db, record, actor, taskId, "case read", ct);
    }

    /// <summary>The cases of exactly this personnummer that the user may see identified; the others are left out, not shown de-identified, so a search reveals nothing.</summary>
    public async Task<IReadOnlyList<CaseView>> FindAsync(string? personnummerText, ICurrentUser actor, CancellationToken ct)
    {
        if (actor.IsAnonymous)
        {
            throw CaseException.Unauthenticated();
        }
        var personnummer = CaseInput.Personnummer(personnummerText, "personnummer");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hash = protector.Hash(personnummer);
        var personId = await db.Persons.Where(p => p.PersonnummerHash == hash).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is null)
        {
            return [];
        }
        var found = new List<CaseView>();
        foreach (var record in await db.Cases.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.CreatedAt).ToListAsync(ct))
        {
            if (await ViewAsync(db, record, actor, null, "case found by personnummer", ct) is { Person: not null } view)
            {
                found.Add(view);
            }
        }
        return found;
    }

    private async Task<CaseView> TryCreateAsync(IReadOnlyList<string> organisations, string? title, Personnummer? personnummer, string? name,
        ICurrentUser actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var caseId = Guid.CreateVersion7(now);
        PersonRecord? person = null;
        if (personnummer is { } number)
        {
            var hash = protector.Hash(number);
            person = await db.Persons.SingleOrDefaultAsync(p => p.PersonnummerHash == hash, ct);
            if (person is null)
            {
                person = new PersonRecord(Guid.CreateVersion7(now), hash, protector.Protect(number.Digits),
                    name is null ? null : protector.Protect(name), number.BirthDate, now);
                db.Persons.Add(person);
            }
            else if (name is not null && person.AddName(protector.Protect(name)))
            {
                db.AuditEntries.Add(log.Entry(actor, AuditAction.Change, person.Id, caseId, detail: "name added"));
            }
        }
        var registeredBy = actor.Organisations.FirstOrDefault(o => organisations.Contains(o, StringComparer.OrdinalIgnoreCase));
        var record = new CaseRecord(caseId, NewReference(), person?.Id, organisations, title, actor.UserId!, now, registeredBy);
        db.Cases.Add(record);
        if (person is not null)
        {
            db.AuditEntries.Add(log.Entry(actor, AuditAction.Create, person.Id, caseId, detail: "case created"));
        }
        await db.SaveChangesAsync(ct);
        technicalLog.CaseCreated(caseId, person is not null);
        // The Create entry saved with the case records this access; the answer that echoes it needs no second one.
        return await ViewAsync(db, record, actor, null, "case created", ct, logRead: false);
    }

    /// <summary>The case as this user may see it now; when that is identified, the read is logged before it is returned.</summary>
    private async Task<CaseView> ViewAsync(CasesDbContext db, CaseRecord record, ICurrentUser actor, Guid? taskId, string why, CancellationToken ct,
        bool logRead = true)
    {
        IdentifiedPerson? shown = null;
        if (record.PersonId is { } personId)
        {
            var now = clock.GetUtcNow();
            var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId && c.WithdrawnAt == null).ToListAsync(ct);
            if (CaseAccess.IdentifiedThrough(record, consents, actor, now) is { } organisation)
            {
                var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
                shown = Reveal(person, now);
                if (logRead)
                {
                    db.AuditEntries.Add(log.Entry(actor, AuditAction.Read, personId, record.Id, taskId, detail: $"{why} (through {organisation})"));
                    await db.SaveChangesAsync(ct);
                }
            }
        }
        var instances = await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = record.BusinessKey, PageSize = 500 }, ct);
        return new CaseView(record, shown, instances.Items.Select(i => i.Id).ToList());
    }

    private IdentifiedPerson Reveal(PersonRecord person, DateTimeOffset now)
    {
        Personnummer.TryParse(protector.Unprotect(person.ProtectedPersonnummer), out var personnummer, out _);
        var name = person.ProtectedName is null ? null : protector.Unprotect(person.ProtectedName);
        return new IdentifiedPerson(person.Id, personnummer, name, person.BirthDate, CaseAccess.AgeAt(person.BirthDate, now));
    }

    // Ten characters of an unambiguous alphabet: random, so it says nothing and links to nothing.
    private static string NewReference() => "AV-" + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);

    private static CaseException NotFound(Guid id) => CaseException.NotFound($"There is no case {id}.");
}
