using MassTransit;

namespace Hub.Core.Aggregation;

/// <summary>Both result consumers share one queue; concurrent results for one household retry on conflict.</summary>
public sealed class ResultsEndpoint<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    public const string QueueName = "verification.results";

    public ResultsEndpoint()
    {
        EndpointName = QueueName;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(10, 50, 100, 250, 500, 1000, 2000));
    }
}
