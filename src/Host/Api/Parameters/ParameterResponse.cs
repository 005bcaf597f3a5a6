using System.Text.Json;
using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Api.Parameters;

/// <summary>A parameter with the value in force at <c>asOf</c> and the change that set it.</summary>
internal sealed record ParameterResponse(
    string Name,
    ParameterKind Kind,
    string Description,
    JsonElement Value,
    DateTimeOffset AsOf,
    ParameterChangeResponse SetBy)
{
    public static ParameterResponse From(ParameterInfo info, DateTimeOffset asOf) =>
        new(info.Name, info.Kind, info.Description, info.Value, asOf, ParameterChangeResponse.From(info.SetBy));
}
