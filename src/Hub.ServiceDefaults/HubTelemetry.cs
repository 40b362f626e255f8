using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.ServiceDefaults;

public static class HubTelemetry
{
    /// <summary>The legacy key; the standard <c>OTEL_EXPORTER_OTLP_*</c> variables work as well.</summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    private static readonly string[] StandardEndpointKeys =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    /// <summary>Libraries that emit natively, without an instrumentation package. None adds personal data.</summary>
    private static readonly string[] Sources = ["MassTransit"];
    private static readonly string[] Meters = ["MassTransit", "Polly"];

    /// <summary>
    /// Metrics and traces over OTLP when an endpoint is configured (e.g. an OpenTelemetry collector feeding
    /// Prometheus and Jaeger). Without one nothing is collected: the meters still serve dotnet-counters, and the
    /// hot path pays for no activity nobody reads.
    /// </summary>
    public static IHostApplicationBuilder AddHubTelemetry(this IHostApplicationBuilder builder, string serviceName, params string[] meters)
    {
        var legacy = builder.Configuration[OtlpEndpointKey];
        if (legacy is not { Length: > 0 } && !StandardEndpointKeys.Any(key => builder.Configuration[key] is { Length: > 0 })) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation()
                .AddMeter([.. Meters, .. meters]))
            .WithTracing(tracing => tracing
                // Probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation().AddNpgsql().AddSource(Sources));
        if (legacy is { Length: > 0 }) telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, new Uri(legacy));
        else telemetry.UseOtlpExporter();
        return builder;
    }
}
