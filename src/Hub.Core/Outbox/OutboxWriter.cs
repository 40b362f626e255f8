using System.Text.Json;
using Hub.Contracts.Messages;
using Hub.Core.Persistence;
using Hub.Core.Protection;

namespace Hub.Core.Outbox;

/// <summary>Adds commands to the outbox of the current unit of work; they leave only if it commits.</summary>
public static class OutboxWriter
{
    public static void AddCheckSource(this HubDbContext db, PersonalData data, CheckSource command, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        db.Outbox.Add(new OutboxMessage
        {
            Id = id,
            Destination = SourceQueues.For(command.SourceCode),
            MessageType = nameof(CheckSource),
            EncryptedBody = data.Encrypt(JsonSerializer.Serialize(command, HubJson.Options), DataPurpose.OutboxBody(id)),
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
