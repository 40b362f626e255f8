using System.Text;
using Hub.Simulators.Scenarios;

namespace Hub.Simulators.HousingFund;

/// <summary>
/// The synthetic housing fund accounts of one person. The named contributor pays in substantially each month
/// (which implies a formal wage); everyone else named has no account or a closed one. Other people get a profile
/// from their ID number: most have no account, some a closed or suspended one, some an active one with modest contributions.
/// </summary>
public static class HousingFundData
{
    public static IReadOnlyList<HousingFundAccount> For(string idNumber)
    {
        var seed = new PersonSeed(idNumber, "housing_fund");
        return ScenarioBook.Of(idNumber) switch
        {
            Scenario.None => Ordinary(seed),
            Scenario.HousingFundContributor => [new(AccountNumber(seed), "01", "菏泽市某建筑工程有限公司", 1_080.00m, 1_080.00m, 68_420.50m)],
            _ => seed.Next(3) == 0 ? [Closed(seed)] : [],
        };
    }

    private static List<HousingFundAccount> Ordinary(PersonSeed seed)
    {
        var profile = seed.Next(10);
        if (profile <= 5) return [];
        if (profile == 6) return [Closed(seed)];
        var employer = Employers[seed.Next(Employers.Length)];
        if (profile == 7) return [new(AccountNumber(seed), "02", employer, 0m, 0m, seed.Amount(2_000, 30_000))];
        // Employer and employee pay the same rate on the same base, so the same amount.
        var monthly = seed.Amount(150, 700);
        return [new(AccountNumber(seed), "01", employer, monthly, monthly, seed.Amount(5_000, 60_000))];
    }

    /// <summary>A closed account: paid out when the holder left formal work, nothing left in it.</summary>
    private static HousingFundAccount Closed(PersonSeed seed) =>
        new(AccountNumber(seed), "99", Employers[seed.Next(Employers.Length)], 0m, 0m, 0m);

    private static string AccountNumber(PersonSeed seed)
    {
        var number = new StringBuilder("3717");
        while (number.Length < 16) number.Append((char)('0' + seed.Next(10)));
        return number.ToString();
    }

    private static readonly string[] Employers =
        ["菏泽市牡丹区某机械制造有限公司", "日照市某港务服务有限公司", "鲁山县某建材有限公司", "成都市某物业服务有限公司", "桓台县某化工有限公司"];
}
