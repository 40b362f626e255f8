using Hub.Adapters.Catalog;
using Hub.Adapters.Sdk;
using Hub.Core;
using Hub.Core.Aggregation;
using Hub.Core.Outbox;
using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.Core.Signing;
using Hub.ServiceDefaults;

namespace Hub.Workers;

/// <summary>
/// The worker process: the adapters named by <c>Workers:Adapters</c> (all by default) and, unless
/// <c>Workers:Aggregator=false</c>, the aggregator. A process that runs only adapters touches no database,
/// so a department can run its adapter inside its own network.
/// </summary>
public static class WorkersHost
{
    public const string Name = "hub-workers";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddServiceDefaults(HubMode.Production, Name, DepartmentMetrics.MeterName);
        var roles = builder.Configuration.GetSection(WorkerRoles.Section).Get<WorkerRoles>() ?? new WorkerRoles();
        // Without the database check a worker would quietly record results in a local SQLite file nobody reads.
        ProductionRequirements.Require(builder.Configuration, "Hub.Workers", needsDatabase: roles.Aggregator);
        var adapters = AdapterCatalog.Named(roles.Adapters);

        builder.Services.AddAdapters(builder.Configuration, adapters);
        if (roles.Aggregator)
        {
            builder.Services.AddHubCore(builder.Configuration, allowGeneratedKey: false)
                .AddHubAggregator(builder.Configuration, allowGeneratedKey: false);
            // Background loops.
            builder.Services.AddHostedService<OutboxRelay>();
            builder.Services.AddHostedService<DeadlineSweeper>();
            builder.Services.AddHealthChecks()
                .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.Ready])
                .AddCheck<SigningKeyHealthCheck>("signing-key", tags: [HealthEndpoints.Ready]);
        }
        // Consumers.
        builder.Services.AddHubBus(builder.Configuration, bus =>
        {
            bus.AddAdapterConsumers(builder.Configuration, adapters);
            if (roles.Aggregator) bus.AddAggregatorConsumers();
        });

        var app = builder.Build();
        if (roles.Aggregator)
        {
            // An aggregator that cannot sign reports or decrypt what it reads must not start: it would take results it can never close.
            app.Services.GetRequiredService<SigningKeys>();
            app.Services.GetRequiredService<MasterKeys>();
        }
        // HTTP endpoints: health only.
        app.MapHubHealth();
        return app;
    }
}
