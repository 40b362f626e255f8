using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>社会保险·参保缴费: each insurance a member is enrolled in, who pays it and on what base (an employee's base follows the wage).</summary>
internal static class InsuranceContributionTable
{
    public static readonly Vocabulary Insurances = new(new Dictionary<string, string>
    {
        [InsuranceKinds.EmployeePension] = "城镇职工基本养老保险", [InsuranceKinds.ResidentPension] = "城乡居民基本养老保险",
        [InsuranceKinds.Unemployment] = "失业保险", [InsuranceKinds.WorkInjury] = "工伤保险",
    });

    public static readonly Vocabulary Statuses = new(new Dictionary<string, string>
    {
        [ContributionStatuses.Paying] = "参保缴费", [ContributionStatuses.Interrupted] = "暂停缴费", [ContributionStatuses.Ended] = "终止参保",
    });

    public static readonly RecordTable Table = RecordTable.Of("insuranceContributions", "社会保险参保缴费",
        [
            Column.Word("参保人"), new("险种"), Column.Word("缴费状态"), Column.Figure("缴费基数（元/月）"), new("缴费单位"),
            Column.Word("参保日期"), Column.Word("最近缴费"),
        ],
        r => r.InsuranceContributions,
        (c, members) =>
            [
                members[c.MemberPosition], Insurances[c.Insurance], Statuses[c.Status],
                c.MonthlyBaseCny is { } monthly ? Format.Money(monthly) : Format.Missing, c.Employer ?? "个人缴费",
                Format.Date(c.Since), c.LastPaidPeriod ?? "未缴费",
            ],
        inMetrics: false);
}
