using MassTransit;

namespace Hub.Core.Aggregation;

/// <summary>Both result consumers share one queue.</summary>
public sealed class ResultsConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    public const string QueueName = "verification.results";

    public ResultsConsumerDefinition()
    {
        EndpointName = QueueName;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Quick retries settle concurrent results for one household; the long tail rides out a database
        // outage (minutes) with the message still unacknowledged, so a department's answer is not lost.
        endpointConfigurator.UseMessageRetry(r => r.Exponential(20, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50)));
    }
}
