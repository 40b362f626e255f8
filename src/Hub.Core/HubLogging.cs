using Microsoft.Extensions.Logging;

namespace Hub.Core;

public static class HubLogging
{
    /// <summary>
    /// Framework chatter down to warnings in every hub process; configuration can still raise it.
    /// EF Core would otherwise log every SQL statement, HttpClient every department URL.
    /// </summary>
    public static ILoggingBuilder AddHubDefaults(this ILoggingBuilder logging) => logging
        .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
        .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
        .AddFilter("MassTransit", LogLevel.Warning)
        .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
}
