namespace Hub.Contracts.Api;

public static class FindingOutcomes
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    /// <summary>A source the rule rests on did not answer.</summary>
    public const string NotEvaluated = "not_evaluated";
    /// <summary>The data cannot decide the rule, or contradict what the household declared: the finding's reason says why.</summary>
    public const string NeedsReview = "needs_review";
}
