namespace Hub.Core.Outbox;

/// <summary>A command stored in the same transaction as the state that caused it, sent by the relay after commit.</summary>
public sealed class OutboxMessage
{
    /// <summary>Also the bus message id, so receivers can recognise a resend.</summary>
    public Guid Id { get; init; }
    /// <summary>Queue name the command goes to, e.g. <c>source.tax</c>.</summary>
    public required string Destination { get; init; }
    public required string MessageType { get; init; }
    /// <summary>The serialized command, encrypted (<see cref="Protection.DataPurpose.OutboxBody"/>): it names members.</summary>
    public required byte[] EncryptedBody { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Set after too many failed sends: kept for operators, never retried on its own, never blocking others.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
    public string? LastError { get; set; }
}
