using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Samverkan.Host.Hosting;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Hosting;

/// <summary>OpenTelemetry is off by default and on with an OTLP endpoint; no collector is needed to tell.</summary>
[Collection(HostCollection.Name)]
public sealed class TelemetryTests(TestHost host)
{
    [Fact]
    public void AddSamverkanTelemetry_NoEndpoint_RegistersNoProviders()
    {
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Null(host.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task AddSamverkanTelemetry_EndpointSet_RegistersProvidersNamedForServiceAndNode()
    {
        using var on = TestHost.Create(new TestHostOptions
        {
            Settings = new Dictionary<string, string?>
            {
                // Nothing listens there: the exporter's attempts fail quietly, and none is needed to see the wiring.
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{FreePort.Next()}",
                ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "1000",
                ["Samverkan:NodeName"] = "node-t",
            },
        });
        using var health = await on.CreateClient().GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);

        var meters = on.Services.GetRequiredService<MeterProvider>();
        var tracer = on.Services.GetRequiredService<TracerProvider>();

        var resource = meters.GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(("samverkan", "node-t"), (resource["service.name"], resource["service.instance.id"]));
        Assert.Equal("samverkan", tracer.GetResource().Attributes.Single(a => a.Key == "service.name").Value);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("http://collector:4317", null, true)]
    [InlineData("http://collector:4317", "false", false)]
    [InlineData(null, "true", true)]
    public void IsEnabled_EndpointAndSetting_SettingWinsElseTheEndpointDecides(string? endpoint, string? enabled, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["Samverkan:Telemetry:Enabled"] = enabled,
        }).Build();

        Assert.Equal(expected, TelemetrySetup.IsEnabled(configuration));
    }
}
