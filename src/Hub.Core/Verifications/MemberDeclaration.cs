namespace Hub.Core.Verifications;

/// <summary>One member's declared disability grade, serious illness and work (<see cref="Contracts.Api.MemberRequest"/>).</summary>
public sealed record MemberDeclaration(int Position, int? DisabilityGrade, bool SeriousIllness, string? Employment);
