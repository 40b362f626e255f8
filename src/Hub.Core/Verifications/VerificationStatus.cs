namespace Hub.Core.Verifications;

public static class VerificationStatus
{
    /// <summary>Stored; no department has answered yet.</summary>
    public const string Accepted = "accepted";
    public const string InProgress = "in_progress";
    /// <summary>Every department answered.</summary>
    public const string Completed = "completed";
    /// <summary>Finished with at least one department unavailable.</summary>
    public const string Partial = "partial";
    public const string Cancelled = "cancelled";
}
