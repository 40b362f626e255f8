namespace Hub.Core.Verifications;

/// <summary>One department's part of a verification: pending until its adapter reports.</summary>
public sealed class SourceCheck
{
    public Guid VerificationId { get; init; }
    public required string SourceCode { get; init; }
    public string Status { get; set; } = SourceStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? EvidenceSha256 { get; set; }
    /// <summary>The department's canonical records as JSON, encrypted (<see cref="Protection.DataPurpose.Records"/>).</summary>
    public byte[]? EncryptedRecords { get; set; }
    /// <summary>Why the source is unavailable, one of <c>ReasonCodes</c>; <see cref="Reason"/> says it in words.</summary>
    public string? ReasonCode { get; set; }
    public string? Reason { get; set; }
}
