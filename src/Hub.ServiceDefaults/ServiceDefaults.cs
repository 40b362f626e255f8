using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults;

/// <summary>What every hub process starts with, whatever else it runs.</summary>
public static class ServiceDefaults
{
    /// <param name="meters">The host's own meters to export besides the shared ones.</param>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, HubMode mode, string serviceName, params string[] meters)
    {
        mode.RefuseContradiction(builder.Configuration);
        builder.Services.AddSingleton(mode);
        builder.Services.AddHostedService<ObsoleteKeyWarning>();
        builder.AddHubLogging(mode);
        builder.AddHubTelemetry(serviceName, meters);
        builder.Services.AddHealthChecks();
        return builder;
    }
}
