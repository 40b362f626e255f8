namespace Hub.Contracts.Api;

/// <summary>What the report concludes; the civil-affairs office makes the decision.</summary>
public static class Conclusions
{
    public const string MeetsCriteria = "meets_criteria";
    public const string ExceedsCriteria = "exceeds_criteria";
    /// <summary>A source was unavailable, so the household could not be fully checked.</summary>
    public const string NeedsReview = "needs_review";
}
