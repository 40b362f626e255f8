namespace Hub.Contracts.Api;

/// <summary>Progress of one department within a verification; an unavailable one says why, as a code and in words.</summary>
public sealed record SourceStatusResponse(
    string Source,
    string Status,
    int Attempts,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs,
    string? ReasonCode,
    string? Reason);
