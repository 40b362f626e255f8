using System.Text.Json;
using Hub.Contracts.Messages;
using MassTransit;

namespace Hub.Core.Outbox;

/// <summary>Turns an outbox row back into its command and sends it to its queue, with the row id as message id.</summary>
public sealed class OutboxSender(ISendEndpointProvider endpoints)
{
    public async Task SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.GetSendEndpoint(new Uri("queue:" + row.Destination));
        switch (row.MessageType)
        {
            case nameof(CheckSource):
                var command = JsonSerializer.Deserialize<CheckSource>(row.Body, HubJson.Options)
                    ?? throw new InvalidOperationException("Empty outbox body.");
                await endpoint.Send(command, context => context.MessageId = row.Id, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown outbox message type '{row.MessageType}'.");
        }
    }
}
