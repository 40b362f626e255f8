using Hub.Contracts.Records;

namespace Hub.Adapters.SocialInsurance;

/// <summary>The agency's benefit payment status codes (待遇状态, <c>aae116</c>) and the hub's benefit statuses they stand for.</summary>
public static class PaymentStatusCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToStatus = new Dictionary<string, string>
    {
        ["1"] = BenefitStatuses.Paying,     // 正常发放
        ["2"] = BenefitStatuses.Suspended,  // 暂停发放
        ["3"] = BenefitStatuses.Ended,      // 终止发放
    };
}
