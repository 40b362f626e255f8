using Hub.Contracts.Records;

namespace Hub.Api.Verifications.Printable.Records;

/// <summary>纳税记录: one line per member, month and income item.</summary>
internal static class IncomeTable
{
    /// <summary>The income categories as 个人所得税法 第二条 names them.</summary>
    public static readonly Vocabulary Categories = new(new Dictionary<string, string>
    {
        [IncomeCategories.Wages] = "工资、薪金所得", [IncomeCategories.LaborRemuneration] = "劳务报酬所得",
        [IncomeCategories.Authorship] = "稿酬所得", [IncomeCategories.Royalties] = "特许权使用费所得",
        [IncomeCategories.Business] = "经营所得", [IncomeCategories.InterestDividends] = "利息、股息、红利所得",
        [IncomeCategories.PropertyLease] = "财产租赁所得", [IncomeCategories.PropertyTransfer] = "财产转让所得",
        [IncomeCategories.Incidental] = "偶然所得",
    });

    public static readonly RecordTable Table = RecordTable.Of("income", "月度收入",
        [Column.Word("成员"), Column.Word("所属期"), Column.Word("收入类别"), Column.Figure("金额（元）"), new("支付单位")],
        r => r.Income,
        (i, members) => [members[i.MemberPosition], i.Period, Categories[i.Category], Format.Money(i.AmountCny), i.Payer]);
}
