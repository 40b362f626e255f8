using System.Globalization;
using Hub.Simulators.Scenarios;

namespace Hub.Simulators.Tax;

/// <summary>
/// The synthetic tax records of one person. Named scenarios have fixed profiles (high income: well-paid
/// wages and a side income; everyone else named: none). Other people get a profile from their ID
/// number: no taxable income, low wages, ordinary wages, or wages plus side income.
/// </summary>
public static class TaxData
{
    public static IReadOnlyList<TaxIncome> For(string idNumber, DateOnly fromMonth, DateOnly toMonth)
    {
        var seed = new PersonSeed(idNumber, "tax");
        var profile = ScenarioBook.Of(idNumber) switch
        {
            Scenario.None => seed.Next(4),
            Scenario.HighIncome => 4,
            _ => 0,
        };
        var employer = Employers[seed.Next(Employers.Length)];
        var wage = profile switch
        {
            1 => seed.Amount(800, 1600),
            2 => seed.Amount(3000, 6000),
            3 => seed.Amount(2000, 4000),
            4 => seed.Amount(9000, 12000),
            _ => 0m,
        };
        var incomes = new List<TaxIncome>();
        for (var month = fromMonth; month <= toMonth; month = month.AddMonths(1))
        {
            var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            if (wage > 0) incomes.Add(new TaxIncome(period, "0101", wage, employer));
            if (profile >= 3 && month.Month % 3 == 0) incomes.Add(new TaxIncome(period, "0400", seed.Amount(500, 3000), "个人劳务"));
        }
        return incomes;
    }

    private static readonly string[] Employers =
        ["菏泽某纺织有限公司", "日照某港口服务公司", "鲁山某农业合作社", "成都某物流有限公司", "淄博某化工有限公司"];
}

public sealed record TaxIncome(string Period, string ItemCode, decimal Amount, string WithholdingAgent);
