namespace Hub.Contracts.Api;

public static class FindingOutcomes
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    /// <summary>A source the rule rests on did not answer.</summary>
    public const string NotEvaluated = "not_evaluated";
}
