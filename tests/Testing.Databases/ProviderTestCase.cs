using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samverkan.Testing.Databases;

/// <summary>
/// A test case skipped where its class needs a server that is not there. The reason is worked out again wherever the
/// case is deserialized, so it carries nothing of its own to serialize.
/// </summary>
public sealed class ProviderTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ProviderTestCase()
    {
    }

    private ProviderTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
    }

    internal static ProviderTestCase Create(IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod) =>
        new(diagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod);

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        NeedsPostgreSqlAttribute.SkipReason(TestMethod) ?? base.GetSkipReason(factAttribute);
}
