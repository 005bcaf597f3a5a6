using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.Persistence.Records;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Parameters;

/// <summary>Adds the parameters of a seed file that the store does not have yet; a parameter that exists keeps whatever a manager set.</summary>
internal sealed partial class ParameterSeeder(RulesStore store, TimeProvider time, ILogger<ParameterSeeder> logger)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Returns the names added; entries that do not fit their kind are logged and skipped.</summary>
    /// <exception cref="JsonException">The file is not a parameter seed file.</exception>
    public async Task<IReadOnlyList<string>> SeedAsync(string json, string source, CancellationToken ct)
    {
        var file = JsonSerializer.Deserialize<SeedFile>(json, Options) ?? new SeedFile();
        var added = new List<string>();
        foreach (var seed in file.Parameters ?? [])
        {
            string value;
            try
            {
                value = Check(seed);
            }
            catch (InvalidParameterValueException e)
            {
                LogSkipped(source, seed.Name, e.Message);
                continue;
            }

            var definition = new ParameterRecord { Name = seed.Name!, Kind = seed.Kind!.Value.ToString(), Description = seed.Description! };
            var first = new ParameterChangeRecord
            {
                Name = seed.Name!, ValueJson = value, EffectiveFrom = DateTimeOffset.MinValue, ChangedAt = time.GetUtcNow(),
                ChangedBy = "seed", Reason = $"Startvärde från {source}",
            };
            if (await store.SeedParameterAsync(definition, first, ct))
            {
                added.Add(definition.Name);
            }
        }

        return added;
    }

    private static string Check(Seed seed)
    {
        var name = seed.Name ?? "";
        if (!RuleSetChecks.IsName(name) || !char.IsLower(name[0]))
        {
            throw new InvalidParameterValueException(name, "a parameter name is letters, digits and _, starting with a lower-case letter (rules write params.name).");
        }

        if (seed.Kind is null || string.IsNullOrWhiteSpace(seed.Description))
        {
            throw new InvalidParameterValueException(name, $"needs a Kind ({string.Join(", ", Enum.GetNames<ParameterKind>())}) and a Description.");
        }

        return ParameterValues.ToJson(ParameterValues.Parse(name, seed.Kind.Value, seed.Value));
    }

    [LoggerMessage(LogLevel.Error, "Parameter {Parameter} in {Source} is skipped: {Problem}")]
    private partial void LogSkipped(string source, string? parameter, string problem);

    private sealed class SeedFile
    {
        public List<Seed>? Parameters { get; set; }
    }

    private sealed class Seed
    {
        public string? Name { get; set; }

        public ParameterKind? Kind { get; set; }

        public string? Description { get; set; }

        public JsonElement Value { get; set; }
    }
}
