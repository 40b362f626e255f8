namespace Hub.Core.Aggregation;

/// <summary>Inbox row: this consumer has already committed the effects of this message.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
