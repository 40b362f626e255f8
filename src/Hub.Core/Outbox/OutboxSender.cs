using System.Text.Json;
using Hub.Contracts.Messages;
using Hub.Core.Protection;
using MassTransit;

namespace Hub.Core.Outbox;

/// <summary>Turns an outbox row back into its command and sends it to its queue, with the row id as message id.</summary>
public sealed class OutboxSender(ISendEndpointProvider endpoints, PersonalData data)
{
    public async Task SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        if (row.MessageType != nameof(CheckSource))
            throw new InvalidOperationException($"Unknown outbox message type '{row.MessageType}'.");
        var body = await data.DecryptAsync(row.EncryptedBody, DataPurpose.OutboxBody(row.Id), cancellationToken);
        var command = JsonSerializer.Deserialize<CheckSource>(body, HubJson.Options)
            ?? throw new InvalidOperationException("Empty outbox body.");
        var endpoint = await endpoints.GetSendEndpoint(new Uri("queue:" + row.Destination));
        await endpoint.Send(command, context => context.MessageId = row.Id, cancellationToken);
    }
}
