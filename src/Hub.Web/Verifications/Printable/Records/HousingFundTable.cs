using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>住房公积金: each account, its contributions and balance.</summary>
internal static class HousingFundTable
{
    public static readonly Vocabulary Statuses = new(new Dictionary<string, string>
    {
        [HousingFundStatuses.Active] = "正常缴存", [HousingFundStatuses.Suspended] = "封存", [HousingFundStatuses.Closed] = "销户",
    });

    public static readonly RecordTable Table = RecordTable.Of("housingFundAccounts", "住房公积金账户",
        [Column.Word("缴存人"), Column.Word("账户状态"), new("缴存单位"), Column.Figure("月缴存额（元）"), Column.Figure("账户余额（元）")],
        r => r.HousingFundAccounts,
        (f, members) => [members[f.MemberPosition], Statuses[f.AccountStatus], f.Employer, Format.Money(f.MonthlyContributionCny), Format.Money(f.BalanceCny)]);
}
