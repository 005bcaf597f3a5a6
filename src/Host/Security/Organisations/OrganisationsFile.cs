using System.Text.Json;

namespace Samverkan.Host.Security.Organisations;

/// <summary>
/// <c>workflows/organisations.json</c>: the task groups (id, name) and the parties (id, name, the groups their staff
/// can be in). <see cref="Read"/> refuses a file that is not JSON, names a group it does not list, or repeats an id.
/// </summary>
public sealed record OrganisationsFile(IReadOnlyList<OrganisationsFile.GroupEntry> Groups, IReadOnlyList<OrganisationsFile.OrganisationEntry> Organisations)
{
    public const string FileName = "organisations.json";

    public sealed record GroupEntry(string Id, string Name);

    public sealed record OrganisationEntry(string Id, string Name, IReadOnlyList<string> Groups);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The file's content; throws <see cref="InvalidDataException"/> naming the file and what is wrong with it.</summary>
    public static OrganisationsFile Read(string path)
    {
        OrganisationsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<OrganisationsFile>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid organisations file ({e.Message})", e);
        }
        if (file is null)
        {
            throw new InvalidDataException($"{path}: the file is empty (null)");
        }
        var errors = file.Check();
        return errors.Count == 0 ? file : throw new InvalidDataException($"{path}: {string.Join("; ", errors)}");
    }

    /// <summary>What is wrong with the content, one line each (English: it goes to the log).</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>();
        errors.AddRange(Groups.Where(g => !OrganisationDirectory.IsValidId(g.Id)).Select(g => $"group id '{g.Id}' is not lower-case letters, digits and hyphens"));
        errors.AddRange(Organisations.Where(o => !OrganisationDirectory.IsValidId(o.Id)).Select(o => $"organisation id '{o.Id}' is not lower-case letters, digits and hyphens"));
        errors.AddRange(Groups.Where(g => string.IsNullOrWhiteSpace(g.Name)).Select(g => $"group '{g.Id}' has no name"));
        errors.AddRange(Organisations.Where(o => string.IsNullOrWhiteSpace(o.Name)).Select(o => $"organisation '{o.Id}' has no name"));
        errors.AddRange(Groups.GroupBy(g => g.Id).Where(g => g.Count() > 1).Select(g => $"group '{g.Key}' is listed more than once"));
        errors.AddRange(Organisations.GroupBy(o => o.Id).Where(o => o.Count() > 1).Select(o => $"organisation '{o.Key}' is listed more than once"));
        var known = Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(Organisations.SelectMany(o => o.Groups.Where(g => !known.Contains(g)).Select(g => $"organisation '{o.Id}' names group '{g}', which is not in groups")));
        return errors;
    }
}
