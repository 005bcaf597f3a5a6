using Xunit.Sdk;

namespace Samverkan.Testing.Databases;

/// <summary>
/// A fact of a test class written once and run per provider: as <see cref="FactAttribute"/>, but skipped, saying why, in
/// a subclass marked <see cref="NeedsPostgreSqlAttribute"/> where no PostgreSQL server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Samverkan.Testing.Databases.ProviderFactDiscoverer", "Samverkan.Testing.Databases")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProviderFactAttribute : FactAttribute;
