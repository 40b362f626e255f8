using System.Text;
using Hub.Simulators.Scenarios;

namespace Hub.Simulators.Bank;

/// <summary>
/// The synthetic bank records of one person. Named scenarios have fixed profiles (a large balance with a wealth
/// product; a modest balance after two large transfers out; everyone else named: one small current account).
/// Other people get a profile from their ID number: mostly a current account with little in it, some a time deposit,
/// a few a wealth product at a second bank, a few a fund and one large transfer out.
/// </summary>
public static class BankData
{
    public static IReadOnlyList<BankRelationship> For(string idNumber, DateOnly today)
    {
        var seed = new PersonSeed(idNumber, "bank");
        return ScenarioBook.Of(idNumber) switch
        {
            Scenario.None => Ordinary(seed, today),
            Scenario.LargeBankBalance =>
            [
                new(ConstructionBank.Name,
                    [new(AccountNumber(seed, ConstructionBank), "01", 23_456.78m), new(AccountNumber(seed, ConstructionBank), "02", 320_000.00m)],
                    [new("建信理财·安鑫稳健90天", "LC", 150_000.00m)], []),
            ],
            Scenario.MovedMoneyAway =>
            [
                new(AgriculturalBank.Name, [new(AccountNumber(seed, AgriculturalBank), "01", 3_218.40m)], [],
                    [new(today.AddDays(-41), 80_000.00m, "王某某"), new(today.AddDays(-97), 120_000.00m, "菏泽某置业有限公司")]),
            ],
            _ => [new(RuralBank.Name, [new(AccountNumber(seed, RuralBank), "01", seed.Amount(300, 3000))], [], [])],
        };
    }

    private static List<BankRelationship> Ordinary(PersonSeed seed, DateOnly today)
    {
        var profile = seed.Next(10);
        var main = Banks[seed.Next(Banks.Length)];
        var deposits = new List<BankDeposit> { new(AccountNumber(seed, main), "01", seed.Amount(100, 8000)) };
        var investments = new List<BankInvestment>();
        var outflows = new List<BankOutflow>();
        if (profile is >= 5 and <= 7) deposits.Add(new(AccountNumber(seed, main), "02", seed.Amount(10_000, 60_000)));
        if (profile == 9)
        {
            investments.Add(new("稳健增利混合型基金", "JJ", seed.Amount(5_000, 40_000)));
            outflows.Add(new(today.AddDays(-(10 + seed.Next(160))), seed.Amount(50_000, 90_000), "张某某"));
        }
        var relationships = new List<BankRelationship> { new(main.Name, deposits, investments, outflows) };
        if (profile == 8)
        {
            var second = main == PostalBank ? ConstructionBank : PostalBank;
            relationships.Add(new(second.Name, [new(AccountNumber(seed, second), "02", seed.Amount(30_000, 120_000))],
                [new("天天利理财30天", "LC", seed.Amount(20_000, 100_000))], []));
        }
        return relationships;
    }

    /// <summary>A 19-digit card number starting with the bank's card prefix.</summary>
    private static string AccountNumber(PersonSeed seed, BankInfo bank)
    {
        var number = new StringBuilder(bank.CardPrefix);
        while (number.Length < 19) number.Append((char)('0' + seed.Next(10)));
        return number.ToString();
    }

    private sealed record BankInfo(string Name, string CardPrefix);

    private static readonly BankInfo AgriculturalBank = new("中国农业银行", "622848");
    private static readonly BankInfo ConstructionBank = new("中国建设银行", "621700");
    private static readonly BankInfo PostalBank = new("中国邮政储蓄银行", "621799");
    private static readonly BankInfo RuralBank = new("菏泽农村商业银行", "623059");
    private static readonly BankInfo[] Banks =
        [AgriculturalBank, ConstructionBank, PostalBank, RuralBank, new("中国工商银行", "622202"), new("四川农商联合银行", "621457")];
}
