using Samverkan.Testing;

namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>
/// The API tests share one host (and its database) rather than starting one each: starting a host costs more
/// than most tests; each test names its processes uniquely so they do not see each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<TestHost>
{
    public const string Name = "Host";
}
