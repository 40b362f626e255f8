namespace Hub.Core.Audit;

/// <summary>What a report cites of the audit chain: the latest signed checkpoint when it was issued.</summary>
public sealed record AuditCheckpointRef(long Id, long LastSequence, string HeadHash, string Kid);
