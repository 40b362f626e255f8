using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Core.Signing;

public static class SigningRegistration
{
    /// <summary>
    /// The key ring, signer and verifier. <paramref name="allowGeneratedKey"/> (embedded mode) lets the key folder
    /// create its own key; otherwise <c>Signing:CurrentKeyPath</c> is required. Resolve <see cref="SigningKeys"/>
    /// at start-up so a missing or unreadable key stops the process before the first report.
    /// </summary>
    public static IServiceCollection AddHubSigning(this IServiceCollection services, IConfiguration configuration, bool allowGeneratedKey)
    {
        var options = configuration.GetSection(SigningOptions.Section).Get<SigningOptions>() ?? new SigningOptions();
        // TryAdd: the embedded process registers signing for both the API (JWKS) and its in-process aggregator.
        services.TryAddSingleton(_ => SigningKeyFiles.Load(options, allowGeneratedKey));
        services.TryAddSingleton<DocumentSigner>();
        services.TryAddSingleton(sp => new DocumentVerifier(sp.GetRequiredService<SigningKeys>().Published));
        return services;
    }
}
