namespace Samverkan.Rules.Parameters;

/// <summary>A parameter's name (as rules write it: <c>params.name</c>), kind and Swedish description for managers.</summary>
public sealed record ParameterDefinition(string Name, ParameterKind Kind, string Description);
