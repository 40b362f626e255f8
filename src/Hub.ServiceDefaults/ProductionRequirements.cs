using Microsoft.Extensions.Configuration;

namespace Hub.ServiceDefaults;

/// <summary>Production refuses the embedded shortcuts: a file database or an in-process bus would lose accepted work.</summary>
public static class ProductionRequirements
{
    public static void Require(IConfiguration configuration, string host, bool needsDatabase)
    {
        if (needsDatabase && configuration["Database:Provider"] != "Postgres")
            throw new InvalidOperationException($"{host} needs Database:Provider=Postgres.");
        if (configuration["Bus:Transport"] != "RabbitMq")
            throw new InvalidOperationException($"{host} needs Bus:Transport=RabbitMq; the embedded hub (src/Hub.Embedded) runs everything in one process.");
    }
}
