namespace Samverkan.Host.Api.Instances;

/// <summary>Suspend or resume: why (kept in the history, and in the access log when the case concerns an identified individual).</summary>
internal sealed record ReasonRequest(string? Reason = null);

/// <summary>
/// Move a token: cancel the tokens at <c>cancelAt</c>, start one <c>placement</c> ("before" or "after") <c>startAt</c>, or both, with a reason.
/// </summary>
internal sealed record MoveTokenRequest(string? CancelAt = null, string? StartAt = null, string? Placement = null, string? Reason = null);

/// <summary>Change a variable by hand: its new value (any JSON) and why.</summary>
internal sealed record ChangeVariableRequest(System.Text.Json.JsonElement? Value = null, string? Reason = null);
