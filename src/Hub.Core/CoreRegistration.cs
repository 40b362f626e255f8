using Hub.Core.Outbox;
using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.Core.Submission;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core;

public static class CoreRegistration
{
    /// <summary>Database, the keys of personal data at rest, options and the outbox: what every process with a database needs (the host starts the relay).</summary>
    /// <param name="allowGeneratedKey">Embedded mode only: the master key may be created on first run.</param>
    public static IServiceCollection AddHubCore(this IServiceCollection services, IConfiguration configuration, bool allowGeneratedKey)
    {
        services.AddOptions<HubOptions>().Bind(configuration.GetSection(HubOptions.Section));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddHubDatabase(configuration);
        services.AddHubProtection(configuration, allowGeneratedKey);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<OutboxSender>();
        services.AddSingleton<OutboxSignal>();
        return services;
    }

    /// <summary>The submission side: what the API process adds.</summary>
    public static IServiceCollection AddHubSubmission(this IServiceCollection services)
    {
        services.AddOptions<HubOptions>()
            .Validate(o => o.Sources.Count > 0 && o.Sources.Distinct().Count() == o.Sources.Count,
                "Hub:Sources must list each department source once.")
            .ValidateOnStart();
        services.AddScoped<VerificationSubmitter>();
        return services;
    }
}
