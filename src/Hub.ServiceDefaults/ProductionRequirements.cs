using Microsoft.Extensions.Configuration;

namespace Hub.ServiceDefaults;

/// <summary>Production refuses the embedded shortcuts: a file database or an in-process bus would lose accepted work.</summary>
public static class ProductionRequirements
{
    // Someone who typed the old one-command start lands here: tell them the new one.
    private const string Embedded = "To try the hub on one machine with nothing installed: dotnet run --project src/Hub.Embedded";

    public static void Require(IConfiguration configuration, string host, bool needsDatabase)
    {
        if (needsDatabase && configuration["Database:Provider"] != "Postgres")
            throw new InvalidOperationException($"{host} runs in production and needs Database:Provider=Postgres. {Embedded}");
        if (configuration["Bus:Transport"] != "RabbitMq")
            throw new InvalidOperationException($"{host} runs in production and needs Bus:Transport=RabbitMq. {Embedded}");
    }
}
