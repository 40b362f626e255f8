using Microsoft.AspNetCore.Authentication;

namespace Hub.Web.Access;

public static class AccessRegistration
{
    public const string Submit = "submit";
    public const string ReadStatus = "read-status";
    public const string ReadReport = "read-report";
    public const string Audit = "audit";

    public static IServiceCollection AddHubAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Submit, p => p.RequireRole(Roles.Caller))
            .AddPolicy(ReadStatus, p => p.RequireRole(Roles.Caller, Roles.Operator, Roles.Auditor))
            .AddPolicy(ReadReport, p => p.RequireRole(Roles.Caller, Roles.Auditor))
            .AddPolicy(Audit, p => p.RequireRole(Roles.Auditor));
        return services;
    }
}
