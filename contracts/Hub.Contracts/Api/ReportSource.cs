using Hub.Contracts.Records;

namespace Hub.Contracts.Api;

/// <summary>One department's part of the report; an unavailable one says why, as a code and in words.</summary>
public sealed record ReportSource(
    string Source,
    string Status,
    DateTimeOffset? AnsweredAt,
    string? EvidenceSha256,
    CanonicalRecords? Records,
    string? ReasonCode,
    string? Reason);
