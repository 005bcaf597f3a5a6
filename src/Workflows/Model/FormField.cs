namespace Samverkan.Workflows.Model;

/// <summary>A camunda:formField of a user task: what a person fills in when completing it.</summary>
public sealed record FormField
{
    public required string Id { get; init; }
    public string? Label { get; init; }
    /// <summary>string, long, boolean, date or enum (Camunda 7 form types).</summary>
    public string Type { get; init; } = "string";
    public string? DefaultValue { get; init; }
    public bool Required { get; init; }
    public bool ReadOnly { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public long? Min { get; init; }
    public long? Max { get; init; }
    public IReadOnlyList<FormFieldOption> Options { get; init; } = [];
    /// <summary>The field's camunda:properties (camunda:property id or name to value), such as personalData=false.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}

public sealed record FormFieldOption(string Id, string Name);
