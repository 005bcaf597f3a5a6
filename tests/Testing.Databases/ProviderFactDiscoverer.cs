using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samverkan.Testing.Databases;

/// <summary>Discovers a <see cref="ProviderFactAttribute"/> test as a fact whose skip reason also asks the test class.</summary>
public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [ProviderTestCase.Create(diagnosticMessageSink, discoveryOptions, testMethod)];
}
