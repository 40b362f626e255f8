using Hub.Contracts.Records;

namespace Hub.Contracts.Api;

/// <summary>One department's part of the report.</summary>
public sealed record ReportSource(
    string Source,
    string Status,
    DateTimeOffset? AnsweredAt,
    string? EvidenceSha256,
    CanonicalRecords? Records,
    string? Reason);
