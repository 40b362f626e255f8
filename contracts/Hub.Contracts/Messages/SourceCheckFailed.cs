namespace Hub.Contracts.Messages;

/// <summary>
/// A department could not be asked or did not answer usefully; the source counts as unavailable.
/// <paramref name="ReasonCode"/> is one of <see cref="ReasonCodes"/>; <paramref name="Reason"/> says it in words.
/// </summary>
public sealed record SourceCheckFailed(
    Guid VerificationId,
    string SourceCode,
    string ReasonCode,
    string Reason,
    int Attempts,
    DateTimeOffset FailedAt);
