namespace Samverkan.Host.Cases;

/// <summary>A case to register: who takes part, a title, and the individual unless it is raised de-identified.</summary>
public sealed record NewCase(IReadOnlyList<string> Organisations, string? Title, string? Personnummer, string? Name);
