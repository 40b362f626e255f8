using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.ServiceDefaults;

public static class BusRegistration
{
    /// <summary>The bus on the configured transport, with the consumers the host names (none: send only).</summary>
    public static IServiceCollection AddHubBus(this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> consumers)
    {
        var bus = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        services.AddMassTransit(x =>
        {
            // Otherwise every start reports to MassTransit's vendor: no outside calls from a network holding personal data.
            x.DisableUsageTelemetry();
            consumers(x);
            switch (bus.Transport)
            {
                case "RabbitMq":
                    var url = bus.RabbitMqUrl ?? throw new InvalidOperationException("Bus:RabbitMqUrl is required for the RabbitMq transport.");
                    x.UsingRabbitMq((context, cfg) =>
                    {
                        cfg.Host(url);
                        cfg.ConfigureEndpoints(context);
                    });
                    break;
                case "InMemory":
                    x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                    break;
                default:
                    throw new InvalidOperationException($"Bus:Transport must be InMemory or RabbitMq, not '{bus.Transport}'.");
            }
        });
        return services;
    }
}
