using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samverkan.Testing.Databases;

/// <summary>
/// Marks the PostgreSQL subclass of tests written once for every provider: its <see cref="ProviderFactAttribute"/> and
/// <see cref="ProviderTheoryAttribute"/> tests are skipped, saying why, where no server is configured. Also the trait
/// <c>Storage=PostgreSql</c>, so that <c>--filter Storage=PostgreSql</c> runs only them.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
[TraitDiscoverer("Samverkan.Testing.Databases.NeedsPostgreSqlTraitDiscoverer", "Samverkan.Testing.Databases")]
public sealed class NeedsPostgreSqlAttribute : Attribute, ITraitAttribute
{
    /// <summary>Why a test of <paramref name="testMethod"/>'s class cannot run here, or null if it can.</summary>
    internal static string? SkipReason(ITestMethod testMethod) =>
        !TestPostgreSql.IsAvailable && testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgreSqlAttribute)).Any()
            ? TestPostgreSql.SkipReason
            : null;
}
