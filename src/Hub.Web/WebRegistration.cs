using Hub.ServiceDefaults;
using Hub.Web.Access;
using Hub.Web.Audit;
using Hub.Web.Hosting;
using Hub.Web.Signing;
using Hub.Web.Verifications;

namespace Hub.Web;

public static class WebRegistration
{
    /// <summary>What serving the REST API needs besides its endpoints: access by API key, problem documents, OpenAPI, proxies, HSTS.</summary>
    public static WebApplicationBuilder AddHubWeb(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddHubAccess(builder.Configuration);
        return builder;
    }

    /// <summary>The middleware every request passes, in order, before it reaches an endpoint.</summary>
    public static WebApplication UseHubWeb(this WebApplication app)
    {
        // Fail at start-up, not at the first request, when the keys are missing or are the demo ones.
        app.Services.GetRequiredService<ApiKeyStore>();
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseHsts();
        app.UseExceptionHandler();
        // A problem document whatever the Accept header says (the default falls back to plain text).
        app.UseStatusCodePages(static pages => Results.Problem(statusCode: pages.HttpContext.Response.StatusCode).ExecuteAsync(pages.HttpContext));
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The HTTP endpoints of a process that serves the API (Hub.Api and Hub.Embedded alike).</summary>
    public static WebApplication MapHubApi(this WebApplication app)
    {
        // One OpenAPI document; a fixed path leaves an unknown name to the 404 problem.
        app.MapOpenApi("/openapi/v1.json");
        app.MapHubHealth();
        app.MapVerificationsApi();
        app.MapSigningApi();
        app.MapAuditApi();
        return app;
    }
}
