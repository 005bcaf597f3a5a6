using System.Text.Json;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api;

/// <summary>Variables as JSON in a request become the plain values the engine keeps (string, bool, long, double, list, map).</summary>
internal static class JsonVariables
{
    public static IReadOnlyDictionary<string, object?>? ToEngine(IReadOnlyDictionary<string, JsonElement>? variables) =>
        variables?.ToDictionary(v => v.Key, v => VariableValues.FromJson(v.Value), StringComparer.Ordinal);
}
