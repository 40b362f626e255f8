using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Retention;

public static class RetentionRegistration
{
    /// <summary>The purge: what the API process adds (it always has the database); the host starts its loop.</summary>
    public static IServiceCollection AddHubRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.Reports > TimeSpan.Zero && o.SentOutbox > TimeSpan.Zero && o.ParkedOutbox > TimeSpan.Zero
                           && o.Interval > TimeSpan.Zero && o.BatchSize > 0,
                "Retention:Reports, SentOutbox, ParkedOutbox, Interval and BatchSize must be positive.")
            .ValidateOnStart();
        services.AddScoped<RetentionPurge>();
        return services;
    }
}
