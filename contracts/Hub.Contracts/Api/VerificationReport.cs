namespace Hub.Contracts.Api;

/// <summary>The report document: who was checked, what each department said.</summary>
public sealed record VerificationReport(
    Guid VerificationId,
    string CaseRef,
    string Jurisdiction,
    string AssistanceType,
    string Residence,
    string Status,
    IReadOnlyList<ReportMember> Members,
    IReadOnlyList<ReportSource> Sources,
    DateTimeOffset IssuedAt);
