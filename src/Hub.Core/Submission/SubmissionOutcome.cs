namespace Hub.Core.Submission;

/// <summary>What became of a submission.</summary>
public abstract record SubmissionOutcome
{
    /// <summary>Stored now, or stored earlier under the same idempotency key with the same body.</summary>
    public sealed record Accepted(Guid Id, string Status, bool Replayed) : SubmissionOutcome;

    /// <summary>The idempotency key was used before with a different body.</summary>
    public sealed record KeyReused(Guid ExistingId) : SubmissionOutcome;
}
