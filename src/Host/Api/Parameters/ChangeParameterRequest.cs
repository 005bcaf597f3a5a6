using System.Text.Json;

namespace Samverkan.Host.Api.Parameters;

/// <summary>
/// A manager's change: the new value as JSON, fitting the parameter's kind ("P14D" for a Duration, 5 for a DayCount,
/// ["2025-W25..2025-W32"] for WeekRanges, ...); why (required); and from when it holds (an ISO-8601 date or date-time,
/// Stockholm time unless it has an offset; now when left out). <c>changedBy</c> is accepted for older clients and ignored:
/// the change is recorded as the signed-in user's.
/// </summary>
internal sealed record ChangeParameterRequest(JsonElement Value, string? ChangedBy = null, string? Reason = null, string? EffectiveFrom = null);
