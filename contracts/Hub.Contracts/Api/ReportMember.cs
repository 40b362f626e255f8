namespace Hub.Contracts.Api;

/// <summary>A member as the report shows it: the ID number is masked because reports travel into case files.</summary>
public sealed record ReportMember(int Position, string Name, string MaskedIdNumber, string Relation);
