namespace Samverkan.Host.Components.Designer;

/// <summary>A starting point for a new process: the BPMN XML it makes for a key and a name.</summary>
public sealed record ProcessTemplate(string Id, string Title, string Description, Func<string, string, string> Create);
