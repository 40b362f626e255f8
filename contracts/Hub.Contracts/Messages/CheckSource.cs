namespace Hub.Contracts.Messages;

/// <summary>Command to one department's adapter: look up these members for this verification.</summary>
public sealed record CheckSource(
    Guid VerificationId,
    string SourceCode,
    string CaseRef,
    string? UserId,
    string Jurisdiction,
    IReadOnlyList<MemberIdentity> Members,
    DateTimeOffset Deadline);
