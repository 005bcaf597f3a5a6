using Samverkan.Workflows.Model;

namespace Samverkan.Host.Api.UserTasks;

/// <summary>A field of a task's form. Type is string, long, boolean, date or enum; options list an enum's values.</summary>
internal sealed record FormFieldResponse(
    string Id,
    string? Label,
    string Type,
    string? DefaultValue,
    bool Required,
    bool ReadOnly,
    int? MinLength,
    int? MaxLength,
    long? Min,
    long? Max,
    IReadOnlyList<FormFieldOptionResponse> Options)
{
    public static FormFieldResponse From(FormField field) =>
        new(field.Id, field.Label, field.Type, field.DefaultValue, field.Required, field.ReadOnly, field.MinLength, field.MaxLength,
            field.Min, field.Max, field.Options.Select(o => new FormFieldOptionResponse(o.Id, o.Name)).ToList());
}
