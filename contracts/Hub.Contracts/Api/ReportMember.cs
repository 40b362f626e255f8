namespace Hub.Contracts.Api;

/// <summary>A member as the report shows it: the ID number is masked because reports travel into case files.</summary>
/// <param name="Age">Whole years on the day the report was issued, from the ID number.</param>
/// <param name="DisabilityGrade">As the request declared it (checked in <see cref="VerificationReport.Declarations"/>).</param>
/// <param name="SeriousIllness">As the request declared it.</param>
/// <param name="Employment">As the request declared it, one of <see cref="Employments"/>.</param>
public sealed record ReportMember(
    int Position, string Name, string MaskedIdNumber, string Relation, int Age, int? DisabilityGrade, bool SeriousIllness, string? Employment);
