using Samverkan.Rules.Parameters;

namespace Samverkan.Rules.Evaluation;

/// <summary>The latest version of every rule set and all parameters, as of one store revision; immutable.</summary>
internal sealed record CatalogState(long Revision, IReadOnlyDictionary<string, LoadedRuleSet> RuleSets, ParameterSnapshot Parameters)
{
    public static CatalogState Empty { get; } = new(-1, new Dictionary<string, LoadedRuleSet>(), ParameterSnapshot.Empty);
}
