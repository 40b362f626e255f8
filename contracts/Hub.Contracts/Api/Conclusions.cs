namespace Hub.Contracts.Api;

/// <summary>What the report concludes; the civil-affairs office makes the decision.</summary>
public static class Conclusions
{
    public const string MeetsCriteria = "meets_criteria";
    public const string ExceedsCriteria = "exceeds_criteria";
    /// <summary>A source was unavailable, or a finding needs a caseworker's judgement, so the household could not be fully checked.</summary>
    public const string NeedsReview = "needs_review";
    /// <summary>
    /// A working recipient whose income has risen above the standard but within the pack's band: the benefit continues for
    /// the 渐退期 (<see cref="VerificationReport.Graduation"/>) instead of stopping at once.
    /// </summary>
    public const string Graduating = "graduating";
}
