using Samverkan.Rules.Parameters;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Rules;

/// <summary>
/// Lets every process expression read the rule parameters in force as <c>params</c>, e.g.
/// <c>${params.escalationHandlaggarniva}</c> as a timer duration: a manager's change reaches the next trigger.
/// Durations read as ISO-8601 text, day counts and numbers as numbers, lists as lists.
/// </summary>
internal sealed class ParameterGlobals(IParameterService parameters) : IExpressionGlobals
{
    public const string Name = "params";

    public async ValueTask<IReadOnlyDictionary<string, object?>> GetAsync(DateTimeOffset asOf, CancellationToken ct)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in await parameters.ListAsync(asOf, ct))
        {
            values[parameter.Name] = VariableValues.FromJson(parameter.Value);
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal) { [Name] = values };
    }
}
