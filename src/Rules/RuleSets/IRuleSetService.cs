using Samverkan.Rules.Evaluation;

namespace Samverkan.Rules.RuleSets;

/// <summary>Reads, validates, saves and tries out rule sets; what designers do through the API.</summary>
public interface IRuleSetService
{
    /// <summary>The latest version of every rule set.</summary>
    Task<IReadOnlyList<RuleSetVersionInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>A version of a rule set, the latest when <paramref name="version"/> is null; null when there is none.</summary>
    Task<RuleSetVersionInfo?> GetAsync(string name, int? version = null, CancellationToken ct = default);

    /// <summary>Every version, oldest first; empty when the rule set does not exist.</summary>
    Task<IReadOnlyList<RuleSetVersionInfo>> GetVersionsAsync(string name, CancellationToken ct = default);

    /// <summary>Everything that would stop <see cref="SaveAsync"/>: shape, compilation, forbidden calls, failing samples. Empty when valid.</summary>
    Task<IReadOnlyList<RuleSetError>> ValidateAsync(string name, string json, CancellationToken ct = default);

    /// <summary>Validates and saves a new version unless the latest has the same content; every node evaluates it from its next evaluation.</summary>
    /// <exception cref="RuleSetValidationException">The rule set is not valid; nothing was saved.</exception>
    Task<RuleSetSaveResult> SaveAsync(string name, string json, string savedBy, string? comment = null, CancellationToken ct = default);

    /// <summary>What the rule set (the latest version, or <paramref name="version"/>) gives for this input as of this instant; nothing is recorded.</summary>
    /// <exception cref="RuleSetNotFoundException">No such rule set or version.</exception>
    /// <exception cref="RuleEvaluationException">A rule errored.</exception>
    Task<RuleOutcome> DryRunAsync(string name, IReadOnlyDictionary<string, object?> input, DateTimeOffset asOf, int? version = null, CancellationToken ct = default);

    /// <summary>Runs the samples of a saved version (the latest when <paramref name="version"/> is null) as saving does, each with the parameter values it pins.</summary>
    /// <exception cref="RuleSetNotFoundException">No such rule set or version.</exception>
    Task<IReadOnlyList<SampleResult>> RunSamplesAsync(string name, int? version = null, CancellationToken ct = default);
}
