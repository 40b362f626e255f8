namespace Hub.Contracts.Api;

/// <summary>
/// The report document: who was checked, what each department said, the household's metrics, the policy's
/// findings and the conclusion. The hub informs the decision; the civil-affairs office makes it.
/// </summary>
/// <param name="RecipientSince">For a recheck of a current recipient, the day the assistance began (as the request says).</param>
/// <param name="Income">How the compared income was reached: gross, each deduction, net, per capita.</param>
/// <param name="Declarations">What the request declared about members (disability, illness), each checked against the records.</param>
/// <param name="Conclusion">One of <see cref="Conclusions"/>.</param>
/// <param name="Recheck">The recheck cycle chosen for this household and why; null where the assistance has none (临时救助).</param>
/// <param name="Graduation">The 渐退期, when the conclusion is <see cref="Conclusions.Graduating"/>; otherwise null.</param>
/// <param name="AuditCheckpoint">The latest sealed audit checkpoint when the report was issued.</param>
/// <param name="SigningKeyId">The <c>kid</c> of the key that signs this report (see /.well-known/jwks.json).</param>
public sealed record VerificationReport(
    Guid VerificationId,
    string CaseRef,
    string Jurisdiction,
    string AssistanceType,
    string Residence,
    DateOnly? RecipientSince,
    string Status,
    IReadOnlyList<ReportMember> Members,
    IReadOnlyList<ReportSource> Sources,
    IReadOnlyList<ReportMetric> Metrics,
    IncomeComputation Income,
    IReadOnlyList<DeclarationCheck> Declarations,
    IReadOnlyList<ReportFinding> Findings,
    string Conclusion,
    RecheckDecision? Recheck,
    GraduationDecision? Graduation,
    PolicyApplied Policy,
    ReportAuditCheckpoint? AuditCheckpoint,
    DateTimeOffset IssuedAt,
    string SigningKeyId);
