using System.Globalization;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.Bank;

/// <summary>Reads the platform's finished inquiry into the hub's bank records, refusing anything it cannot trust.</summary>
internal static class BankAnswerReader
{
    private const string Done = "done";
    private const string Success = "0000";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CanonicalRecords Read(byte[] answer, CheckSource command)
    {
        var parsed = AnswerJson.Read<BankResult>(answer, Json);
        if (parsed.Status != Done || parsed.RetCode != Success)
            throw new UnreadableAnswerException($"the platform reported status {parsed.Status ?? "(none)"}, code {parsed.RetCode ?? "(none)"}");
        if (parsed.Subjects is not { } subjects)
            throw new UnreadableAnswerException("the answer has no subjects");

        var roster = new AnswerRoster(command);
        var accounts = new List<BankAccountRecord>();
        var products = new List<WealthProductRecord>();
        var outflows = new List<LargeOutflowRecord>();
        foreach (var subject in subjects)
        {
            var position = roster.PositionOf(subject.CertNo);
            foreach (var bank in subject.Banks ?? [])
            {
                if (string.IsNullOrWhiteSpace(bank.BankName)) throw new UnreadableAnswerException("a bank has no name");
                accounts.AddRange((bank.Accounts ?? []).Select(a => new BankAccountRecord(
                    position, bank.BankName, AccountNumberMask.Of(a.AcctNo), Code(BankAccountKinds.ToAccountType, a.AcctKind, "account kind"), Amount(a.Balance))));
                products.AddRange((bank.Holdings ?? []).Select(h => new WealthProductRecord(
                    position, bank.BankName, h.ProdName ?? "", Code(BankProductKinds.ToProductType, h.ProdKind, "product kind"), Amount(h.MarketValue))));
                outflows.AddRange((bank.Flows ?? []).Select(f => new LargeOutflowRecord(
                    position, bank.BankName, Date(f.TxnDate), Amount(f.Amount), f.Counterparty ?? "")));
            }
        }
        roster.EnsureEveryoneAnswered();
        return new CanonicalRecords { BankAccounts = accounts, WealthProducts = products, LargeOutflows = outflows };
    }

    private static string Code(IReadOnlyDictionary<string, string> table, string? code, string what) =>
        code is not null && table.TryGetValue(code, out var value) ? value : throw new UnreadableAnswerException($"unknown {what} code {code}");

    private static decimal Amount(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new UnreadableAnswerException("an amount is not a number");

    private static DateOnly Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UnreadableAnswerException("a transaction date is not yyyyMMdd");
}
