using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Outbox;
using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.Core.Retention;
using Hub.Core.Signing;
using Hub.ServiceDefaults;
using Hub.Web;

namespace Hub.Api;

/// <summary>
/// The production API process: it takes verifications and serves reports; it sends department checks
/// through the outbox but consumes nothing (adapters and the aggregator run in Hub.Workers).
/// </summary>
public static class ApiHost
{
    public const string Name = "hub-api";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(HubMode.Production, Name);
        ProductionRequirements.Require(builder.Configuration, "Hub.Api", needsDatabase: true);
        builder.AddHubWeb();
        builder.Services.AddHubCore(builder.Configuration, allowGeneratedKey: false).AddHubSubmission()
            .AddHubAudit(builder.Configuration).AddHubRetention(builder.Configuration)
            .AddHubSigning(builder.Configuration, allowGeneratedKey: false);
        builder.Services.AddHubBus(builder.Configuration, consumers: _ => { });

        // Background loops.
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditSealer>());
        builder.Services.AddHostedService<RetentionLoop>();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.Ready])
            .AddCheck<SigningKeyHealthCheck>("signing-key", tags: [HealthEndpoints.Ready]);

        var app = builder.Build();
        app.UseHubWeb();
        // A process that cannot sign checkpoints or decrypt what it stored must not start.
        app.Services.GetRequiredService<SigningKeys>();
        app.Services.GetRequiredService<MasterKeys>();

        // HTTP endpoints: OpenAPI, health, verifications, signing, audit.
        app.MapHubApi();
        return app;
    }
}
