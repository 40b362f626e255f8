using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>社会保险·基本养老金: each pension paid to a member (exempt from income tax, so only here).</summary>
internal static class PensionTable
{
    public static readonly Vocabulary Schemes = new(new Dictionary<string, string>
    {
        [PensionSchemes.UrbanEmployee] = "城镇职工基本养老金", [PensionSchemes.UrbanRuralResident] = "城乡居民基本养老金",
    });

    public static readonly RecordTable Table = RecordTable.Of("pensions", "基本养老金",
        [
            Column.Word("领取人"), new("险种"), Column.Word("发放状态"), Column.Figure("月发放额（元）"), Column.Word("起始发放日期"),
            new("经办机构"),
        ],
        r => r.Pensions,
        (p, members) =>
            [members[p.MemberPosition], Schemes[p.Scheme], BenefitWords.Statuses[p.Status], Format.Money(p.MonthlyAmountCny),
             Format.Date(p.PaidSince), p.Agency]);
}
