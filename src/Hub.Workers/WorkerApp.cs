using Hub.Core;

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
        builder.Services.AddHubWorkers(builder.Configuration).AddHealthChecks();
        var app = builder.Build();
        app.MapHealthChecks("/health/live");
        return app;
    }
}
