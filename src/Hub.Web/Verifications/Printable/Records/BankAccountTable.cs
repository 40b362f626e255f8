using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>银行存款: each account by its last four digits only.</summary>
internal static class BankAccountTable
{
    public static readonly Vocabulary Types = new(new Dictionary<string, string>
    {
        [BankAccountTypes.Current] = "活期", [BankAccountTypes.Time] = "定期",
    });

    public static readonly RecordTable Table = RecordTable.Of("bankAccounts", "银行存款账户",
        [Column.Word("户名"), new("开户银行"), Column.Word("账号"), Column.Word("账户类型"), Column.Figure("余额（元）")],
        r => r.BankAccounts,
        (a, members) => [members[a.MemberPosition], a.Bank, Format.LastFour(a.AccountNumberMasked), Types[a.AccountType], Format.Money(a.BalanceCny)]);
}
