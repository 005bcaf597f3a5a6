namespace Samverkan.Host.Api.Cases;

/// <summary>The individual of a new case: personnummer (YYYYMMDDXXXX or YYYYMMDD-XXXX) and, optionally, name.</summary>
internal sealed record CasePersonRequest(string Personnummer, string? Name = null);
