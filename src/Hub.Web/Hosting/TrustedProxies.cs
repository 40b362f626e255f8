using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hub.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy the hub learns the caller's address and scheme from forwarded headers,
/// but only from the proxies named in <see cref="ProxyOptions"/>; anyone else could claim to be https.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        // Parsed now, so a typo stops the start instead of the first request.
        var addresses = proxy.KnownProxies
            .Select(a => IPAddress.TryParse(a, out var ip) ? ip : throw Invalid("KnownProxies", a, "an IP address")).ToList();
        var networks = proxy.KnownNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n, out var range) ? range : throw Invalid("KnownNetworks", n, "a CIDR range")).ToList();
        services.AddSingleton(proxy);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Replace the loopback defaults: only what the operator named is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            addresses.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxyOptions>().Any ? app.UseForwardedHeaders() : app;

    private static InvalidOperationException Invalid(string key, string value, string expected) =>
        new($"{ProxyOptions.Section}:{key}: '{value}' is not {expected}.");
}
