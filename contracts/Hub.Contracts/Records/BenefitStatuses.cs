namespace Hub.Contracts.Records;

/// <summary>Whether a pension or unemployment benefit is being paid.</summary>
public static class BenefitStatuses
{
    /// <summary>正常发放.</summary>
    public const string Paying = "paying";
    /// <summary>暂停发放: may resume, paid nothing now.</summary>
    public const string Suspended = "suspended";
    /// <summary>终止/期满: paid nothing now or later.</summary>
    public const string Ended = "ended";
}
