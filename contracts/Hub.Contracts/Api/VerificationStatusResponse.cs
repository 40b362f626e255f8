namespace Hub.Contracts.Api;

/// <summary>Answer of <c>GET /api/v1/verifications/{id}</c>.</summary>
public sealed record VerificationStatusResponse(
    Guid Id,
    string CaseRef,
    string Jurisdiction,
    string AssistanceType,
    string Status,
    DateTimeOffset AcceptedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<SourceStatusResponse> Sources,
    string? ReportUrl,
    /// <summary>When the report and the members' personal data were deleted under the retention policy; null until then.</summary>
    DateTimeOffset? PurgedAt);
