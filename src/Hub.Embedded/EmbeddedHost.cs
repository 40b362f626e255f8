using Hub.Adapters.Catalog;
using Hub.Adapters.Sdk;
using Hub.Core;
using Hub.Core.Aggregation;
using Hub.Core.Audit;
using Hub.Core.Outbox;
using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.Core.Retention;
using Hub.Core.Signing;
using Hub.ServiceDefaults;
using Hub.Web;

namespace Hub.Embedded;

/// <summary>
/// The whole hub in one process: the API, every adapter and the aggregator on the in-memory bus, SQLite,
/// demo keys, and the department simulators on their own loopback port. Nothing to install.
/// </summary>
public static class EmbeddedHost
{
    public const string Name = "hub-embedded";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(HubMode.Embedded, Name, DepartmentMetrics.MeterName);
        builder.AddHubWeb();
        // Departments default to the simulators at Simulators:Url, in-process or started separately.
        builder.Configuration.AddInMemoryCollection(EmbeddedSimulators.DepartmentUrls(builder.Configuration));
        var adapters = AdapterCatalog.All;

        builder.Services.AddHubCore(builder.Configuration, allowGeneratedKey: true).AddHubSubmission()
            .AddHubAudit(builder.Configuration).AddHubRetention(builder.Configuration)
            .AddHubAggregator(builder.Configuration, allowGeneratedKey: true);
        builder.Services.AddAdapters(builder.Configuration, adapters);
        // Consumers.
        builder.Services.AddHubBus(builder.Configuration, bus => bus.AddAdapterConsumers(builder.Configuration, adapters).AddAggregatorConsumers());

        // Background loops.
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddHostedService<DeadlineSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditSealer>());
        builder.Services.AddHostedService<RetentionLoop>();
        if (builder.Configuration.GetValue("Simulators:Embedded", true)) builder.Services.AddHostedService<EmbeddedSimulators>();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.Ready])
            .AddCheck<SigningKeyHealthCheck>("signing-key", tags: [HealthEndpoints.Ready]);

        var app = builder.Build();
        app.UseHubWeb();
        app.Services.GetRequiredService<SigningKeys>();
        app.Services.GetRequiredService<MasterKeys>();

        // HTTP endpoints: OpenAPI, health, verifications, signing, audit.
        app.MapHubApi();
        return app;
    }
}
