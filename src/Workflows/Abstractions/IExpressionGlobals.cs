namespace Samverkan.Workflows.Abstractions;

/// <summary>
/// Named read-only values that every expression can read beside the instance's variables, such as the rule
/// parameters in force (<c>${params.kallelseDays}</c>). Host plugs the Rules library's parameters in.
/// </summary>
public interface IExpressionGlobals
{
    /// <summary>The values in force at <paramref name="asOf"/>, by name; asked once per trigger, so keep it cheap.</summary>
    ValueTask<IReadOnlyDictionary<string, object?>> GetAsync(DateTimeOffset asOf, CancellationToken ct);
}
