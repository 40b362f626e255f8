namespace Hub.Contracts.Messages;

/// <summary>A department could not be asked or did not answer usefully; the source counts as unavailable.</summary>
public sealed record SourceCheckFailed(
    Guid VerificationId,
    string SourceCode,
    string Reason,
    int Attempts,
    DateTimeOffset FailedAt);
