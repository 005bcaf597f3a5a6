using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samverkan.Testing.Databases;

/// <summary>Gives the tests of a <see cref="NeedsPostgreSqlAttribute"/> class the trait <c>Storage=PostgreSql</c>.</summary>
public sealed class NeedsPostgreSqlTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) => [new("Storage", "PostgreSql")];
}
