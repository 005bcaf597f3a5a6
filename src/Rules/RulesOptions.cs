namespace Samverkan.Rules;

/// <summary>Settings for <see cref="RulesServiceCollectionExtensions.AddRules"/>.</summary>
public sealed class RulesOptions
{
    /// <summary>
    /// How long one read of the store's revision is trusted. A rule set or parameter saved on this node is seen by
    /// the very next evaluation; one saved on another node by every evaluation that starts this long after it.
    /// Zero reads the revision before every evaluation, at a cost of a database read each (see docs/benchmarks.md).
    /// </summary>
    public TimeSpan RevisionCheckInterval { get; set; } = TimeSpan.FromMilliseconds(1);
}
