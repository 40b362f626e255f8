using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Hub.ServiceDefaults;

public static class HealthEndpoints
{
    /// <summary>The tag of the checks a load balancer waits for (MassTransit tags its bus check the same).</summary>
    public const string Ready = "ready";

    /// <summary>
    /// Live: the process answers, no check runs (a restart would not fix a database outage).
    /// Ready and <c>/health</c>: every check tagged ready, as JSON, one entry per check.
    /// </summary>
    public static IEndpointRouteBuilder MapHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync });
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = HealthJson.WriteAsync };
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
        return app;
    }
}
