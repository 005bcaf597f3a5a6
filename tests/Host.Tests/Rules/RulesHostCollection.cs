namespace Samverkan.Host.Tests.Rules;

/// <summary>
/// The rule-set and parameter API tests share one <see cref="RulesHost"/>. Each test saves rule sets under names of its
/// own; a test that changes a parameter changes one that no other test reads.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RulesHostCollection : ICollectionFixture<RulesHost>
{
    public const string Name = "RulesHost";
}
