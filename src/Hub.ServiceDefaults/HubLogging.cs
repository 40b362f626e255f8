using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.ServiceDefaults;

public static class HubLogging
{
    /// <summary>
    /// Framework chatter down to warnings in every hub process; configuration can still raise it.
    /// EF Core would otherwise log every SQL statement, HttpClient every department URL.
    /// Production writes one JSON object per line for the log shipper; the embedded run stays readable.
    /// </summary>
    public static IHostApplicationBuilder AddHubLogging(this IHostApplicationBuilder builder, HubMode mode)
    {
        builder.Logging
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
            .AddFilter("MassTransit", LogLevel.Warning)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        if (mode.IsEmbedded) return builder;
        builder.Logging.ClearProviders().AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.JsonWriterOptions = new() { Indented = false };
        });
        return builder;
    }
}
