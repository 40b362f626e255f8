namespace Hub.Contracts.Records;

public static class ContributionStatuses
{
    /// <summary>参保缴费: contributions are being paid.</summary>
    public const string Paying = "paying";
    /// <summary>暂停缴费/中断: enrolled, nothing paid lately.</summary>
    public const string Interrupted = "interrupted";
    /// <summary>终止参保: enrolment ended (retired into a pension, moved away, died).</summary>
    public const string Ended = "ended";
}
