namespace Hub.Core.Verifications;

/// <summary>One household's verification: the aggregate the API creates and the aggregator completes.</summary>
public sealed class Verification
{
    public Guid Id { get; init; }
    public required string CallerName { get; init; }
    public required string IdempotencyKey { get; init; }
    /// <summary>Keyed hash of the normalized request (<see cref="Protection.PersonalData.RequestFingerprint"/>), to tell a retry from a different request under the same key.</summary>
    public required string RequestHash { get; init; }
    public required string CaseRef { get; init; }
    public required string Jurisdiction { get; init; }
    public required string AssistanceType { get; init; }
    public required string Residence { get; init; }
    public string? UserId { get; init; }
    public required string ConsentReference { get; init; }
    public DateOnly ConsentSignedOn { get; init; }
    public DateOnly ConsentValidUntil { get; init; }
    public string? CallbackUrl { get; init; }
    public string Status { get; set; } = VerificationStatus.Accepted;
    public DateTimeOffset AcceptedAt { get; init; }
    public DateTimeOffset Deadline { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Bumped by every recorded result so concurrent results for one household serialize.</summary>
    public int Version { get; set; }
    /// <summary>The issued report in RFC 8785 canonical form (exactly the bytes the signature covers), encrypted.</summary>
    public byte[]? EncryptedReport { get; set; }
    /// <summary>Compact JWS (ES256) over the report, encrypted: its payload is the report itself.</summary>
    public byte[]? EncryptedReportJws { get; set; }
    /// <summary>
    /// <see cref="HouseholdDeclarations"/> as JSON, encrypted (<see cref="Protection.DataPurpose.Declarations"/>); null when the
    /// request declared nothing beyond the members.
    /// </summary>
    public byte[]? EncryptedDeclarations { get; init; }
    /// <summary>When the retention purge deleted the report, the records and the members; the status stays.</summary>
    public DateTimeOffset? PurgedAt { get; set; }
    public List<VerificationMember> Members { get; init; } = [];
    public List<SourceCheck> Sources { get; init; } = [];

    public bool IsFinished => Status is VerificationStatus.Completed or VerificationStatus.Partial or VerificationStatus.Cancelled;
}
