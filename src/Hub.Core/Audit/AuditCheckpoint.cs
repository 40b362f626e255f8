namespace Hub.Core.Audit;

/// <summary>A signed statement that the chain's events <see cref="FirstSequence"/>..<see cref="LastSequence"/> end in <see cref="HeadHash"/>.</summary>
public sealed class AuditCheckpoint
{
    public long Id { get; init; }
    public long FirstSequence { get; init; }
    public long LastSequence { get; init; }
    public required string HeadHash { get; init; }
    public DateTimeOffset SealedAt { get; init; }
    public required string Kid { get; init; }
    /// <summary>Compact JWS (ES256) over <see cref="AuditChain.CheckpointPayload"/>.</summary>
    public string Signature { get; set; } = "";
}
