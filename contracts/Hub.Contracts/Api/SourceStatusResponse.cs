namespace Hub.Contracts.Api;

/// <summary>Progress of one department within a verification.</summary>
public sealed record SourceStatusResponse(
    string Source,
    string Status,
    int Attempts,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs,
    string? Reason);
