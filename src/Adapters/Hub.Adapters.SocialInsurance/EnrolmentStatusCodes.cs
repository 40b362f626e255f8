using Hub.Contracts.Records;

namespace Hub.Adapters.SocialInsurance;

/// <summary>The agency's enrolment status codes (参保状态, <c>aac008</c>) and the hub's contribution statuses they stand for.</summary>
public static class EnrolmentStatusCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToStatus = new Dictionary<string, string>
    {
        ["1"] = ContributionStatuses.Paying,       // 参保缴费
        ["2"] = ContributionStatuses.Interrupted,  // 暂停缴费
        ["3"] = ContributionStatuses.Ended,        // 终止参保
    };
}
