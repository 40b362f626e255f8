namespace Hub.Web.Verifications.Printable.Records;

/// <summary>社会保险·失业保险金: each benefit with its entitlement period, which ends.</summary>
internal static class UnemploymentBenefitTable
{
    public static readonly RecordTable Table = RecordTable.Of("unemploymentBenefits", "失业保险金",
        [Column.Word("领取人"), Column.Word("发放状态"), Column.Figure("月发放额（元）"), Column.Word("领取期限"), new("经办机构")],
        r => r.UnemploymentBenefits,
        (b, members) =>
            [members[b.MemberPosition], BenefitWords.Statuses[b.Status], Format.Money(b.MonthlyAmountCny),
             $"{Format.Date(b.From)} 至 {Format.Date(b.Until)}", b.Agency]);
}
