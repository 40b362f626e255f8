using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Hub.Api.Hosting;

public static class HealthEndpoints
{
    /// <summary>Live: the process answers. Ready: the database and the bus answer (MassTransit tags its check "ready").</summary>
    public static void MapHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
    }
}
