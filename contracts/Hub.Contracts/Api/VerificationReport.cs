namespace Hub.Contracts.Api;

/// <summary>
/// The report document: who was checked, what each department said, the household's metrics, the policy's
/// findings and the conclusion. The hub informs the decision; the civil-affairs office makes it.
/// </summary>
/// <param name="Conclusion">One of <see cref="Conclusions"/>.</param>
/// <param name="AuditCheckpoint">The latest sealed audit checkpoint when the report was issued.</param>
/// <param name="SigningKeyId">The <c>kid</c> of the key that signs this report (see /.well-known/jwks.json).</param>
public sealed record VerificationReport(
    Guid VerificationId,
    string CaseRef,
    string Jurisdiction,
    string AssistanceType,
    string Residence,
    string Status,
    IReadOnlyList<ReportMember> Members,
    IReadOnlyList<ReportSource> Sources,
    IReadOnlyList<ReportMetric> Metrics,
    IReadOnlyList<ReportFinding> Findings,
    string Conclusion,
    PolicyApplied Policy,
    ReportAuditCheckpoint? AuditCheckpoint,
    DateTimeOffset IssuedAt,
    string SigningKeyId);
