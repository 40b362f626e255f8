using Hub.Adapters.Sdk;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Workers.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>The instrumentation the hub's parts emit natively; nothing here adds personal data to it.</summary>
    private static readonly string[] Meters =
        [DepartmentMetrics.MeterName, "MassTransit", "Microsoft.AspNetCore.Hosting", "System.Net.Http", "Npgsql"];
    private static readonly string[] Sources = ["MassTransit", "Microsoft.AspNetCore", "System.Net.Http", "Npgsql"];

    /// <summary>
    /// Exports metrics and traces over OTLP when <c>Telemetry:OtlpEndpoint</c> is set (e.g. an OpenTelemetry
    /// collector feeding Prometheus and Jaeger); without it the meters still serve dotnet-counters.
    /// </summary>
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        if (configuration["Telemetry:OtlpEndpoint"] is not { Length: > 0 } endpoint) return services;
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        var target = new Uri(endpoint);
        // Registered as singletons so the host disposes (and flushes) them on shutdown.
        services.AddSingleton(Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters)
            .AddOtlpExporter(o => o.Endpoint = target).Build());
        services.AddSingleton(Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(Sources)
            .AddOtlpExporter(o => o.Endpoint = target).Build());
        return services;
    }
}
