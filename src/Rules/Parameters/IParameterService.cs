namespace Samverkan.Rules.Parameters;

/// <summary>Reads parameters as of an instant and records managers' changes with who, when, why and from when.</summary>
public interface IParameterService
{
    /// <summary>All parameters with the values in force at <paramref name="asOf"/> (now when null).</summary>
    Task<IReadOnlyList<ParameterInfo>> ListAsync(DateTimeOffset? asOf = null, CancellationToken ct = default);

    Task<ParameterInfo?> GetAsync(string name, DateTimeOffset? asOf = null, CancellationToken ct = default);

    /// <summary>The typed value in force, e.g. <c>GetValueAsync&lt;Period&gt;("escalationHandlaggarniva", now)</c>.</summary>
    /// <exception cref="ParameterNotFoundException">No such parameter.</exception>
    Task<T> GetValueAsync<T>(string name, DateTimeOffset asOf, CancellationToken ct = default);

    /// <summary>Every change of the parameter, oldest first.</summary>
    /// <exception cref="ParameterNotFoundException">No such parameter.</exception>
    Task<IReadOnlyList<ParameterChange>> GetHistoryAsync(string name, CancellationToken ct = default);

    /// <summary>Checks the value against the parameter's kind and records the change; the next evaluation on any node sees it.</summary>
    /// <exception cref="ParameterNotFoundException">No such parameter.</exception>
    /// <exception cref="InvalidParameterValueException">The value does not fit the kind, or who or why is missing.</exception>
    Task<ParameterChange> ChangeAsync(string name, ParameterChangeRequest request, CancellationToken ct = default);
}
