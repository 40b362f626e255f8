using Hub.Core.HouseholdMetrics;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>纳税记录: one line per member, month and income item.</summary>
internal static class IncomeTable
{
    /// <summary>The income categories as 个人所得税法 第二条 names them, in the words the income computation uses.</summary>
    public static readonly Vocabulary Categories = new(IncomeKinds.Labels);

    public static readonly RecordTable Table = RecordTable.Of("income", "月度收入",
        [Column.Word("成员"), Column.Word("所属期"), Column.Word("收入类别"), Column.Figure("金额（元）"), new("支付单位")],
        r => r.Income,
        (i, members) => [members[i.MemberPosition], i.Period, Categories[i.Category], Format.Money(i.AmountCny), i.Payer]);
}
