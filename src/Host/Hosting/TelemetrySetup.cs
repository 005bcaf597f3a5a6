using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Samverkan.Workflows.Telemetry;

namespace Samverkan.Host.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces over OTLP, off unless asked for: on when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, or
/// when <c>Samverkan:Telemetry:Enabled</c> says so either way. The exporter reads the standard <c>OTEL_*</c> variables
/// itself (endpoint, protocol, headers, timeouts, per-signal endpoints); logs stay with Serilog.
/// </summary>
internal static class TelemetrySetup
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    public const string DefaultServiceName = "samverkan";

    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>($"{SamverkanOptions.Section}:Telemetry:Enabled")
            ?? !string.IsNullOrWhiteSpace(configuration[EndpointVariable]);

    public static WebApplicationBuilder AddSamverkanTelemetry(this WebApplicationBuilder builder, SamverkanNode node)
    {
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }
        var serviceName = builder.Configuration[ServiceNameVariable] is { Length: > 0 } name ? name : DefaultServiceName;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: node.Name, autoGenerateServiceInstanceId: false))
            .WithTracing(tracing => tracing
                // Monitors ask /health every few seconds; a span each would drown the requests that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource(WorkflowsTelemetry.ActivitySourceName)
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(WorkflowsTelemetry.MeterName)
                .AddOtlpExporter());
        return builder;
    }
}
