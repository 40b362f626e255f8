using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.Signing;
using Hub.Api.Verifications;
using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Protection;
using Hub.Core.Retention;
using Hub.Core.Signing;
using Hub.Workers;
using Hub.Workers.Messaging;
using Hub.Workers.Telemetry;

namespace Hub.Api.Hosting;

/// <summary>Composes the API process: embedded (everything in one process) or production (API only).</summary>
public static class HubApi
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddHubDefaults();
        var mode = builder.Configuration.Get<HubModeOptions>() ?? new HubModeOptions();
        builder.Services.AddOptions<HubModeOptions>().Bind(builder.Configuration);
        if (!mode.IsEmbedded) ProductionChecks.Require(builder.Configuration);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddProblemDetails();
        builder.Services.AddHubTelemetry(builder.Configuration, "hub-api");
        builder.Services.AddOpenApi();
        builder.Services.AddHubAccess(builder.Configuration);
        builder.Services.AddHubCore(builder.Configuration, allowGeneratedKey: mode.IsEmbedded).AddHubSubmission()
            .AddHubAudit(builder.Configuration).AddHubRetention(builder.Configuration);
        builder.Services.AddHubSigning(builder.Configuration, allowGeneratedKey: mode.IsEmbedded);
        if (mode.IsEmbedded)
        {
            // Departments default to the simulators at Simulators:Url, in-process or started separately.
            builder.Configuration.AddInMemoryCollection(EmbeddedSimulators.DepartmentUrls(builder.Configuration));
            if (builder.Configuration.GetValue("Simulators:Embedded", true)) builder.Services.AddHostedService<EmbeddedSimulators>();
            builder.Services.AddHubBus(builder.Configuration, new WorkerRoles(), allowGeneratedKey: true);
        }
        else
        {
            builder.Services.AddHubBus(builder.Configuration, WorkerRoles.SendOnly, allowGeneratedKey: false);
        }
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        // Fail at start-up, not at the first request, when the keys are missing or are the demo ones.
        app.Services.GetRequiredService<ApiKeyStore>();
        app.Services.GetRequiredService<SigningKeys>();
        app.Services.GetRequiredService<MasterKeys>();
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseHsts();
        app.UseExceptionHandler();
        // A problem document whatever the Accept header says (the default falls back to plain text).
        app.UseStatusCodePages(static pages => Results.Problem(statusCode: pages.HttpContext.Response.StatusCode).ExecuteAsync(pages.HttpContext));
        app.UseAuthentication();
        app.UseAuthorization();
        // One document; a fixed path leaves an unknown name to the 404 problem instead of a plain-text answer.
        app.MapOpenApi("/openapi/v1.json");
        app.MapHubHealth();
        app.MapVerificationsApi();
        app.MapSigningApi();
        app.MapAuditApi();
        return app;
    }
}
