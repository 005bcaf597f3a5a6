using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samverkan.Rules.Parameters;

/// <summary>A parameter and the value in force at the instant asked for, with the change that set it.</summary>
public sealed record ParameterInfo(
    string Name,
    ParameterKind Kind,
    string Description,
    JsonElement Value,
    [property: JsonIgnore] object TypedValue,
    ParameterChange SetBy);
