namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Rows of the tables a request can write; a rejected request must leave all of them as they were.</summary>
public sealed record RowCounts(long Verifications, long Members, long SourceChecks, long Outbox, long AuditEvents);
