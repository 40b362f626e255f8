using System.Text.Json;
using Hub.Contracts.Messages;
using Hub.Core.Persistence;

namespace Hub.Core.Outbox;

/// <summary>Adds commands to the outbox of the current unit of work; they leave only if it commits.</summary>
public static class OutboxWriter
{
    public static void AddCheckSource(this HubDbContext db, CheckSource command, DateTimeOffset now) =>
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            Destination = SourceQueues.For(command.SourceCode),
            MessageType = nameof(CheckSource),
            Body = JsonSerializer.Serialize(command, HubJson.Options),
            CreatedAt = now,
            NextAttemptAt = now,
        });
}
