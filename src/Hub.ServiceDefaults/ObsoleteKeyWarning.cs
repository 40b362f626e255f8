using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.ServiceDefaults;

/// <summary>Warns once at start-up that a configuration key the process still honours will go in the next release.</summary>
public sealed class ObsoleteKeyWarning(IConfiguration configuration, ILogger<ObsoleteKeyWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The key's name only: its value may be a secret.
        if (configuration[HubMode.ObsoleteKey] is { Length: > 0 })
            logger.LogWarning("The configuration key {Key} is obsolete and will be refused in the next release: the program chooses the mode (Hub.Embedded, or Hub.Api with Hub.Workers).",
                HubMode.ObsoleteKey);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
