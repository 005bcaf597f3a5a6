namespace Samverkan.Host.Components.Designer;

/// <summary>What the "Ny process" form asks for.</summary>
public sealed class NewProcessForm
{
    public string Template { get; set; } = ProcessTemplates.Empty.Id;
    public string? Key { get; set; }
    public string? Name { get; set; }
}
