using System.Text.Json;
using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Api.Parameters;

/// <summary>A parameter with the value in force at <c>asOf</c>, the change that set it, and every change, oldest first.</summary>
internal sealed record ParameterDetailResponse(
    string Name,
    ParameterKind Kind,
    string Description,
    JsonElement Value,
    DateTimeOffset AsOf,
    ParameterChangeResponse SetBy,
    IReadOnlyList<ParameterChangeResponse> History)
{
    public static ParameterDetailResponse From(ParameterInfo info, DateTimeOffset asOf, IEnumerable<ParameterChange> history) =>
        new(info.Name, info.Kind, info.Description, info.Value, asOf, ParameterChangeResponse.From(info.SetBy),
            history.Select(ParameterChangeResponse.From).ToList());
}
