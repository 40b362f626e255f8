using Hub.Core.Policies;
using Hub.Core.Reports;
using Hub.Core.Signing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Aggregation;

/// <summary>The aggregator: recording results, closing overdue verifications and issuing signed reports.</summary>
public static class AggregatorRegistration
{
    /// <summary>Its services (the host starts the deadline sweeper). The policy packs load here, so a bad pack stops the process at start-up, naming file and field.</summary>
    /// <param name="allowGeneratedKey">Embedded only: the report-signing key may be created on first run.</param>
    public static IServiceCollection AddHubAggregator(this IServiceCollection services, IConfiguration configuration, bool allowGeneratedKey)
    {
        var policies = configuration.GetSection(PolicyOptions.Section).Get<PolicyOptions>() ?? new PolicyOptions();
        services.AddSingleton(PolicyCatalog.Load(policies.Folder));
        services.AddHubSigning(configuration, allowGeneratedKey);
        services.AddScoped<ReportIssuer>();
        services.AddScoped<SourceResultRecorder>();
        return services;
    }

    /// <summary>Its consumers: both results of a source check, on one queue.</summary>
    public static IBusRegistrationConfigurator AddAggregatorConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SourceCheckedConsumer, ResultsConsumerDefinition<SourceCheckedConsumer>>();
        bus.AddConsumer<SourceCheckFailedConsumer, ResultsConsumerDefinition<SourceCheckFailedConsumer>>();
        return bus;
    }
}
