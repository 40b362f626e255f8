namespace Hub.Core.Signing;

/// <summary>Answer of a signature check; <see cref="Reason"/> says why when it is not valid.</summary>
public sealed record VerificationOutcome(bool Valid, string? Kid, string? Reason)
{
    public static VerificationOutcome Invalid(string? kid, string reason) => new(false, kid, reason);
}
