using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Protection;

public static class ProtectionRegistration
{
    /// <summary>
    /// Master keys, the data key ring (loaded right after the migrations) and the cipher of personal data: what every
    /// process with the database needs. <paramref name="allowGeneratedKey"/> (embedded mode) lets the key folder create
    /// its master key; otherwise <c>Protection:MasterKey</c> is required. Resolve <see cref="MasterKeys"/> at start-up.
    /// </summary>
    public static IServiceCollection AddHubProtection(this IServiceCollection services, IConfiguration configuration, bool allowGeneratedKey)
    {
        var section = configuration.GetSection(ProtectionOptions.Section);
        var options = section.Get<ProtectionOptions>() ?? new ProtectionOptions();
        services.AddOptions<ProtectionOptions>().Bind(section);
        services.AddSingleton(_ => MasterKeyFiles.Load(options, allowGeneratedKey));
        services.AddSingleton<DataKeyRing>();
        services.AddHostedService(sp => sp.GetRequiredService<DataKeyRing>());
        services.AddSingleton<PersonalData>();
        return services;
    }
}
