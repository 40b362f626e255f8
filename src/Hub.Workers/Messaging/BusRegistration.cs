using Hub.Core;
using Hub.Core.Aggregation;
using MassTransit;

namespace Hub.Workers.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// Registers the bus with the consumers of the given roles. Adapters need only the broker;
    /// the aggregator needs the database too.
    /// </summary>
    /// <param name="allowGeneratedKey">Embedded mode only: the aggregator may create its own report-signing key.</param>
    public static IServiceCollection AddHubBus(this IServiceCollection services, IConfiguration configuration, WorkerRoles roles, bool allowGeneratedKey)
    {
        var bus = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        var adapters = AdapterCatalog.All.Where(a => roles.Adapters?.Contains(a.SourceCode) ?? true).ToList();
        var unknown = (roles.Adapters ?? []).Except(AdapterCatalog.All.Select(a => a.SourceCode)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"Workers:Adapters names unknown sources: {string.Join(", ", unknown)}.");

        foreach (var adapter in adapters) adapter.AddServices(services, configuration);
        if (roles.Aggregator) services.AddHubAggregator(configuration, allowGeneratedKey);

        services.AddMassTransit(x =>
        {
            foreach (var adapter in adapters) adapter.AddConsumer(x, configuration);
            if (roles.Aggregator)
            {
                x.AddConsumer<SourceCheckedConsumer, ResultsEndpoint<SourceCheckedConsumer>>();
                x.AddConsumer<SourceCheckFailedConsumer, ResultsEndpoint<SourceCheckFailedConsumer>>();
            }
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
