using Microsoft.Extensions.Configuration;

namespace Hub.ServiceDefaults;

/// <summary>
/// Embedded: one process with demo keys, simulators, SQLite and the in-memory bus (Hub.Embedded).
/// Production: separate processes on PostgreSQL and RabbitMQ (Hub.Api, Hub.Workers). The host decides.
/// </summary>
public sealed record HubMode(bool IsEmbedded)
{
    public static readonly HubMode Embedded = new(true);
    public static readonly HubMode Production = new(false);

    /// <summary>The key that chose the mode when one program ran both; read for one more release.</summary>
    public const string ObsoleteKey = "Mode";

    /// <summary>Refuses a <c>Mode</c> that contradicts the host, so nobody gets demo keys by accident or production by mistake.</summary>
    public void RefuseContradiction(IConfiguration configuration)
    {
        if (configuration[ObsoleteKey] is not { Length: > 0 } value) return;
        var asked = value.Equals("Embedded", StringComparison.OrdinalIgnoreCase) ? Embedded
            : value.Equals("Production", StringComparison.OrdinalIgnoreCase) ? Production
            : throw new InvalidOperationException($"Mode must be Embedded or Production, not '{value}'.");
        if (asked != this)
            throw new InvalidOperationException(IsEmbedded
                ? "Hub.Embedded is the all-in-one embedded hub; production runs src/Hub.Api and src/Hub.Workers."
                : "Hub.Api and Hub.Workers run in production only; the all-in-one embedded hub is src/Hub.Embedded.");
    }
}
