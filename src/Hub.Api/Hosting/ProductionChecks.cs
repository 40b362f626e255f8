namespace Hub.Api.Hosting;

/// <summary>Production refuses the embedded shortcuts: a file database or an in-process bus would lose accepted work.</summary>
public static class ProductionChecks
{
    public static void Require(IConfiguration configuration)
    {
        if (configuration["Database:Provider"] != "Postgres")
            throw new InvalidOperationException("Production mode needs Database:Provider=Postgres.");
        if (configuration["Bus:Transport"] != "RabbitMq")
            throw new InvalidOperationException("Production mode needs Bus:Transport=RabbitMq.");
    }
}
