namespace Hub.Web.Verifications.Printable.Records;

/// <summary>大额转出: money moved out shortly before applying.</summary>
internal static class LargeOutflowTable
{
    public static readonly RecordTable Table = RecordTable.Of("largeOutflows", "大额资金转出",
        [Column.Word("转出人"), new("银行"), Column.Word("转出日期"), Column.Figure("金额（元）"), new("收款方")],
        r => r.LargeOutflows,
        (o, members) => [members[o.MemberPosition], o.Bank, Format.Date(o.On), Format.Money(o.AmountCny), o.Counterparty]);
}
