using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Organisations;

namespace Samverkan.Host.Security.Organisations;

/// <summary>
/// The organisations and task groups in the host's store: read by everyone who picks one (the account and designer
/// pages), changed by an administrator, and upserted from <c>workflows/organisations.json</c> at start-up.
/// Every change is one SaveChanges: a refused one writes nothing.
/// </summary>
internal sealed partial class OrganisationDirectory(IDbContextFactory<HostDbContext> contexts)
{
    public const int MaxNameLength = 200;
    public const int MaxIdLength = 100;

    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var memberships = await db.OrganisationGroups.AsNoTracking().ToListAsync(ct);
        return organisations
            .Select(o => new Organisation(o.Id, o.Name,
                memberships.Where(m => m.OrganisationId == o.Id).Select(m => m.GroupId).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<IReadOnlyList<OrganisationGroup>> ListGroupsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var groups = await db.Groups.AsNoTracking().ToListAsync(ct);
        var memberships = await db.OrganisationGroups.AsNoTracking().ToListAsync(ct);
        return groups
            .Select(g => new OrganisationGroup(g.Id, g.Name,
                memberships.Where(m => m.GroupId == g.Id).Select(m => m.OrganisationId).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A new organisation with its groups, or the reasons it cannot be made (field, message).</summary>
    public async Task<(Organisation? Organisation, IReadOnlyList<(string Field, string Message)> Errors)> CreateAsync(
        string id, string name, IReadOnlyList<string> groups, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        id = (id ?? "").Trim();
        var errors = CheckId(id, "organisationens id");
        errors.AddRange(await CheckOrganisationAsync(db, name, groups, ct));
        if (errors.Count == 0 && await db.Organisations.AnyAsync(o => o.Id == id, ct))
        {
            errors.Add(("id", $"Det finns redan en organisation med id {id}."));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        db.Organisations.Add(new OrganisationRecord(id, name.Trim()));
        AddMemberships(db, id, groups, []);
        await db.SaveChangesAsync(ct);
        return ((await ListAsync(ct)).FirstOrDefault(o => o.Id == id), []);
    }

    /// <summary>Sets an organisation's name and groups; null and no errors: there is no such organisation.</summary>
    public async Task<(Organisation? Organisation, IReadOnlyList<(string Field, string Message)> Errors)> ChangeAsync(
        string id, string name, IReadOnlyList<string> groups, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Organisations.FindAsync([id], ct) is not { } organisation)
        {
            return (null, []);
        }
        var errors = await CheckOrganisationAsync(db, name, groups, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        organisation.Name = name.Trim();
        var current = await db.OrganisationGroups.Where(m => m.OrganisationId == id).ToListAsync(ct);
        var wanted = Distinct(groups);
        db.OrganisationGroups.RemoveRange(current.Where(m => !wanted.Contains(m.GroupId)));
        AddMemberships(db, id, wanted, current.Select(m => m.GroupId));
        await db.SaveChangesAsync(ct);
        return ((await ListAsync(ct)).FirstOrDefault(o => o.Id == id), []);
    }

    /// <summary>A new task group, or the reasons it cannot be made.</summary>
    public async Task<(OrganisationGroup? Group, IReadOnlyList<(string Field, string Message)> Errors)> CreateGroupAsync(
        string id, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        id = (id ?? "").Trim();
        var errors = CheckId(id, "gruppens id");
        errors.AddRange(CheckName(name));
        if (errors.Count == 0 && await db.Groups.AnyAsync(g => g.Id == id, ct))
        {
            errors.Add(("id", $"Det finns redan en grupp med id {id}."));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        db.Groups.Add(new GroupRecord(id, name.Trim()));
        await db.SaveChangesAsync(ct);
        return ((await ListGroupsAsync(ct)).FirstOrDefault(g => g.Id == id), []);
    }

    /// <summary>Renames a group (its id is what the processes and accounts name, so it stays); null and no errors: no such group.</summary>
    public async Task<(OrganisationGroup? Group, IReadOnlyList<(string Field, string Message)> Errors)> RenameGroupAsync(
        string id, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Groups.FindAsync([id], ct) is not { } group)
        {
            return (null, []);
        }
        var errors = CheckName(name);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        group.Name = name.Trim();
        await db.SaveChangesAsync(ct);
        return ((await ListGroupsAsync(ct)).FirstOrDefault(g => g.Id == id), []);
    }

    /// <summary>
    /// Adds or renames every group and organisation of the file and gives each organisation the file's groups;
    /// what an administrator added (organisations, groups, memberships) stays.
    /// </summary>
    public async Task<(int Organisations, int Groups)> UpsertAsync(OrganisationsFile file, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var groups = await db.Groups.ToDictionaryAsync(g => g.Id, ct);
        foreach (var group in file.Groups)
        {
            if (groups.TryGetValue(group.Id, out var existing))
            {
                existing.Name = group.Name;
            }
            else
            {
                db.Groups.Add(new GroupRecord(group.Id, group.Name));
            }
        }
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, ct);
        var memberships = await db.OrganisationGroups.ToListAsync(ct);
        foreach (var organisation in file.Organisations)
        {
            if (organisations.TryGetValue(organisation.Id, out var existing))
            {
                existing.Name = organisation.Name;
            }
            else
            {
                db.Organisations.Add(new OrganisationRecord(organisation.Id, organisation.Name));
            }
            AddMemberships(db, organisation.Id, organisation.Groups,
                memberships.Where(m => m.OrganisationId == organisation.Id).Select(m => m.GroupId));
        }
        await db.SaveChangesAsync(ct);
        return (file.Organisations.Count, file.Groups.Count);
    }

    /// <summary>Whether <paramref name="id"/> can be an organisation's or a group's id: lower-case letters, digits and hyphens.</summary>
    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    private static void AddMemberships(HostDbContext db, string organisationId, IEnumerable<string> groups, IEnumerable<string> existing)
    {
        var has = existing.ToHashSet(StringComparer.Ordinal);
        foreach (var group in Distinct(groups).Where(g => !has.Contains(g)))
        {
            db.OrganisationGroups.Add(new OrganisationGroupRecord(organisationId, group));
        }
    }

    private static async Task<List<(string Field, string Message)>> CheckOrganisationAsync(HostDbContext db, string name, IReadOnlyList<string> groups, CancellationToken ct)
    {
        var errors = CheckName(name);
        var wanted = Distinct(groups);
        var known = await db.Groups.Where(g => wanted.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
        var unknown = wanted.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(("groups", $"Det finns inga grupper med id {string.Join(", ", unknown)}; lägg till dem först."));
        }
        return errors;
    }

    private static List<(string Field, string Message)> CheckId(string id, string what) =>
        IsValidId(id)
            ? []
            : [("id", $"Ange {what} med små bokstäver a–z, siffror och bindestreck (högst {MaxIdLength} tecken), till exempel kommun-habo.")];

    private static List<(string Field, string Message)> CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
            ? [("name", $"Ange ett namn (högst {MaxNameLength} tecken).")]
            : [];

    private static HashSet<string> Distinct(IEnumerable<string> groups) =>
        groups.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
