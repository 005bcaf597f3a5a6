namespace Samverkan.Host.Api.Migrations;

/// <summary>
/// A migration plan and which running instances of the source version it takes: all of them, or those matching every
/// criterion given (exact ids, business key, the element a token waits at, started before an instant).
/// <c>mappings</c> maps source element ids to target element ids where ids changed; equal ids map by themselves.
/// </summary>
internal sealed record MigrationRequest(
    int? SourceVersion = null,
    int? TargetVersion = null,
    Dictionary<string, string>? Mappings = null,
    List<Guid>? InstanceIds = null,
    string? BusinessKey = null,
    string? WaitingAt = null,
    DateTimeOffset? StartedBefore = null);

/// <summary>One instance to another version: <c>mappings</c> as in a plan.</summary>
internal sealed record MigrateInstanceRequest(int? TargetVersion = null, Dictionary<string, string>? Mappings = null);
