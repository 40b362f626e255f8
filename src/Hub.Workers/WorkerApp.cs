using Hub.Core;
using Hub.Core.Protection;
using Hub.Core.Signing;
using Hub.Workers.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Hub.Workers;

/// <summary>The worker process: consumers only, plus a liveness endpoint for the orchestrator.</summary>
public static class WorkerApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.AddHubDefaults();
        if (builder.Configuration["Bus:Transport"] != "RabbitMq")
            throw new InvalidOperationException("Hub.Workers runs beside the API and needs Bus:Transport=RabbitMq; the embedded mode runs its workers inside Hub.Api.");
        builder.Services.AddHubWorkers(builder.Configuration).AddHubTelemetry(builder.Configuration, "hub-workers").AddHealthChecks();
        var app = builder.Build();
        // An aggregator that cannot sign reports or decrypt what it reads must not start: it would take results it can never close.
        app.Services.GetService<SigningKeys>();
        app.Services.GetService<MasterKeys>();
        // Live means the process answers; MassTransit's bus check belongs to readiness, not liveness.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }
}
