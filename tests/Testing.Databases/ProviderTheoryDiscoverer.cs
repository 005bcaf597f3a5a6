using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samverkan.Testing.Databases;

/// <summary>Discovers a <see cref="ProviderTheoryAttribute"/> test as a theory, or as one skipped test where its class cannot run.</summary>
public sealed class ProviderTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        NeedsPostgreSqlAttribute.SkipReason(testMethod) is null
            ? base.Discover(discoveryOptions, testMethod, theoryAttribute)
            : [ProviderTestCase.Create(DiagnosticMessageSink, discoveryOptions, testMethod)];
}
