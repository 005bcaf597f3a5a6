using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Components.Designer;

/// <summary>A new process made from a template, open in the modeler and not deployed until it is published.</summary>
public sealed record NewProcessDraft(string Key, string Name, string Xml)
{
    /// <summary>The draft, or the Swedish message for each field of the form that is wrong (by property name).</summary>
    public static async Task<(NewProcessDraft? Draft, IReadOnlyDictionary<string, string> Errors)> CreateAsync(
        ProcessEngine engine, NewProcessForm form, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var key = form.Key?.Trim();
        var name = form.Name?.Trim();
        if (ProcessKey.Validate(key) is { } keyError)
        {
            errors[nameof(NewProcessForm.Key)] = keyError;
        }
        else if (await engine.Queries.FindDefinitionIdAsync(key!, null, ct) is not null)
        {
            errors[nameof(NewProcessForm.Key)] = $"Det finns redan en process med nyckeln \"{key}\"; öppna den i stället eller välj en annan nyckel.";
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors[nameof(NewProcessForm.Name)] = "Ange ett namn.";
        }
        else if (name.Length > 400)
        {
            errors[nameof(NewProcessForm.Name)] = "Namnet får vara högst 400 tecken.";
        }
        var template = ProcessTemplates.Find(form.Template);
        if (template is null)
        {
            errors[nameof(NewProcessForm.Template)] = "Välj en mall.";
        }
        return errors.Count > 0 ? (null, errors) : (new NewProcessDraft(key!, name!, template!.Create(key!, name!)), errors);
    }
}
