namespace Hub.Contracts.Api;

/// <summary>Answer of an accepted submission (202).</summary>
public sealed record VerificationAccepted(Guid Id, string Status, string StatusUrl);
