using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>Whether a pension or unemployment benefit is being paid, as the social-insurance agency says it.</summary>
internal static class BenefitWords
{
    public static readonly Vocabulary Statuses = new(new Dictionary<string, string>
    {
        [BenefitStatuses.Paying] = "正常发放", [BenefitStatuses.Suspended] = "暂停发放", [BenefitStatuses.Ended] = "终止发放",
    });
}
