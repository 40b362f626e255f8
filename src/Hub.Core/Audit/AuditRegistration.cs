using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Audit;

public static class AuditRegistration
{
    /// <summary>The sealer and the verifier: what the process that signs checkpoints adds (the API); the host starts the sealer.</summary>
    public static IServiceCollection AddHubAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section))
            .Validate(o => o.SealInterval > TimeSpan.Zero && o.BatchSize > 0, "Audit:SealInterval and Audit:BatchSize must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ICheckpointSigner, KeyRingCheckpointSigner>();
        services.AddSingleton<AuditSealer>();
        services.AddScoped<AuditVerifier>();
        return services;
    }
}
