using Hub.Contracts.Records;

namespace Hub.Contracts.Messages;

/// <summary>A department answered: canonical records plus the SHA-256 of its raw answer as evidence.</summary>
public sealed record SourceChecked(
    Guid VerificationId,
    string SourceCode,
    string EvidenceSha256,
    CanonicalRecords Records,
    int Attempts,
    DateTimeOffset AnsweredAt);
