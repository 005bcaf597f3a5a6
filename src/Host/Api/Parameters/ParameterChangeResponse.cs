using System.Text.Json;
using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Api.Parameters;

/// <summary>
/// One recorded change of a parameter: who, when, why, the value before and after, and from when it holds
/// (null for the seeded value, which holds for all time before any change). <c>id</c> is the parameter revision the
/// change made, as a DecisionEvaluated history entry names it ("parameters r12").
/// </summary>
internal sealed record ParameterChangeResponse(
    long Id,
    string Name,
    JsonElement? OldValue,
    JsonElement Value,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset ChangedAt,
    string ChangedBy,
    string Reason)
{
    public static ParameterChangeResponse From(ParameterChange change) =>
        new(change.Id, change.Name, change.OldValue, change.Value, change.EffectiveFrom, change.ChangedAt, change.ChangedBy, change.Reason);
}
