using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RulesEngine.Models;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.RuleSets;

/// <summary>A parsed rule-set file: RulesEngine's workflow schema plus our <c>Samples</c>.</summary>
internal sealed class RuleSetDocument
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private RuleSetDocument(string json, string hash, Workflow workflow, IReadOnlyList<RuleSample> samples)
    {
        Json = json;
        Hash = hash;
        Workflow = workflow;
        Samples = samples;
    }

    public string Name => Workflow.WorkflowName;

    /// <summary>The text as given; it is what a designer gets back.</summary>
    public string Json { get; }

    /// <summary>SHA-256 of the JSON without insignificant whitespace or comments.</summary>
    public string Hash { get; }

    public Workflow Workflow { get; }

    public IReadOnlyList<RuleSample> Samples { get; }

    /// <summary>Parses and checks the shape of a rule-set file; returns null with the problems when it cannot be used.</summary>
    public static RuleSetDocument? Parse(string json, ICollection<RuleSetError> errors)
    {
        try
        {
            var canonical = JsonNode.Parse(json, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!
                .ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var workflow = JsonSerializer.Deserialize<Workflow>(json, Options)!;
            var file = JsonSerializer.Deserialize<FileShape>(json, Options)!;
            var before = errors.Count;
            RuleSetChecks.CheckWorkflow(workflow, errors);
            var samples = ReadSamples(file.Samples ?? [], errors);
            if (errors.Count > before)
            {
                return null;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
            return new RuleSetDocument(json, hash, workflow, samples);
        }
        catch (JsonException e)
        {
            errors.Add(new RuleSetError(null, null, RuleSetTexts.NotARuleSetFile.Format(e.Message)));
            return null;
        }
    }

    /// <summary>A fresh copy under another name, for RulesEngine to keep; it never sees the document's own objects.</summary>
    public Workflow ForEngine(string engineName)
    {
        var copy = JsonSerializer.Deserialize<Workflow>(Json, Options)!;
        copy.WorkflowName = engineName;
        return copy;
    }

    private static List<RuleSample> ReadSamples(List<SampleShape> shapes, ICollection<RuleSetError> errors)
    {
        if (shapes.Count == 0)
        {
            errors.Add(new RuleSetError(null, null, RuleSetTexts.NoSamples.Format()));
        }

        var samples = new List<RuleSample>();
        foreach (var (shape, index) in shapes.Select((s, i) => (s, i + 1)))
        {
            var name = string.IsNullOrWhiteSpace(shape.Name) ? $"#{index}" : shape.Name;
            var problem = shape switch
            {
                { Name: null or "" } => RuleSetTexts.SampleWithoutName,
                _ when samples.Any(s => s.Name == name) => RuleSetTexts.DuplicateSampleName,
                { Input.ValueKind: not JsonValueKind.Object } => RuleSetTexts.SampleWithoutInput,
                { Expect: null or { Count: 0 } } => RuleSetTexts.SampleWithoutExpect,
                _ => null,
            };
            DateTimeOffset asOf = default;
            if (problem is null && !TryReadInstant(shape.AsOf, out asOf))
            {
                problem = RuleSetTexts.SampleWithoutAsOf;
            }

            if (problem is not null)
            {
                errors.Add(new RuleSetError(null, name, problem.Format()));
                continue;
            }

            samples.Add(new RuleSample(name, asOf, InputValues.FromJson(shape.Input), shape.Parameters ?? [], shape.Expect!));
        }

        return samples;
    }

    private static bool TryReadInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        try
        {
            instant = Calendar.Date(text ?? "");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed class FileShape
    {
        public List<SampleShape>? Samples { get; set; }
    }

    private sealed class SampleShape
    {
        public string? Name { get; set; }

        public string? AsOf { get; set; }

        public JsonElement Input { get; set; }

        public Dictionary<string, JsonElement>? Parameters { get; set; }

        public Dictionary<string, JsonElement>? Expect { get; set; }
    }
}
