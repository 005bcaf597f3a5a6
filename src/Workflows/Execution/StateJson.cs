using System.Text.Json;

namespace Samverkan.Workflows.Execution;

/// <summary>JSON settings for instance state and variables.</summary>
internal static class StateJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault };
        options.Converters.Add(new VariableValueConverter());
        return options;
    }
}
