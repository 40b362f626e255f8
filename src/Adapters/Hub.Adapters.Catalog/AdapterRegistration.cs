using Hub.Adapters.Sdk;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Adapters.Catalog;

public static class AdapterRegistration
{
    /// <summary>Each adapter's HTTP client, resilience pipeline and quota; adapters need only the broker, never the database.</summary>
    public static IServiceCollection AddAdapters(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<AdapterModule> adapters)
    {
        foreach (var adapter in adapters) adapter.AddServices(services, configuration);
        return services;
    }

    /// <summary>Each adapter's consumer, on its source's own queue.</summary>
    public static IBusRegistrationConfigurator AddAdapterConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration, IReadOnlyList<AdapterModule> adapters)
    {
        foreach (var adapter in adapters) adapter.AddConsumer(bus, configuration);
        return bus;
    }
}
