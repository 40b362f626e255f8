namespace Hub.Contracts.Api;

/// <summary>A sealed point of the audit chain: anyone holding the chain can check the report was issued before it.</summary>
public sealed record ReportAuditCheckpoint(long Id, long LastSequence, string HeadHash);
