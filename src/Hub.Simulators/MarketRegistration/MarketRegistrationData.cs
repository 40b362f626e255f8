using System.Globalization;
using Hub.Simulators.Scenarios;

namespace Hub.Simulators.MarketRegistration;

/// <summary>
/// The synthetic market-entity roles of one person. The business-owning scenario couple run a trading company
/// (he its legal representative and 60% shareholder, she its supervisor); everyone else named has none.
/// Other adults, by ID number: mostly none, some run a small individual business, some once ran a company
/// that has since been revoked or deregistered. Minors hold no roles: the registry records adults only.
/// </summary>
public static class MarketRegistrationData
{
    public const string OwnedCompany = "菏泽市牡丹区鑫源商贸有限公司";
    public const string OwnedCompanyCreditCode = "91371702MA3C7K2P3J";
    public const decimal OwnedCompanyCapitalWan = 500m;
    private const string LimitedCompany = "有限责任公司";
    private const string IndividualBusiness = "个体工商户";

    public static IReadOnlyList<RegisteredRole> RolesOf(string idNumber, DateOnly today)
    {
        switch (ScenarioBook.Of(idNumber))
        {
            case Scenario.OwnsBusiness:
                return idNumber == ScenarioBook.Households[Scenario.OwnsBusiness][0]
                    ? [Owned(RegistryCodes.LegalRepresentative, null), Owned(RegistryCodes.Shareholder, 60m)]
                    : [Owned(RegistryCodes.Supervisor, null)];
            case Scenario.None:
                break;
            default:
                return [];
        }
        // Nobody is registered under a number without a readable birth date, nor below 18.
        if (!IsAdult(idNumber, today)) return [];

        var seed = new PersonSeed(idNumber, "market_registration");
        return seed.Next(10) switch
        {
            7 or 8 => [Shop(seed)],
            9 => FormerCompany(seed),
            _ => [],
        };
    }

    private static RegisteredRole Owned(string roleCode, decimal? sharePercent) =>
        new(OwnedCompany, OwnedCompanyCreditCode, LimitedCompany, roleCode, sharePercent, OwnedCompanyCapitalWan, RegistryCodes.Existing);

    private static RegisteredRole Shop(PersonSeed seed)
    {
        var (name, region) = EnterpriseNames.Shop(seed);
        var capitalWan = 5 + seed.Next(16);
        return new(name, CreditCodes.Make(CreditCodes.IndividualBusiness, region, seed), IndividualBusiness,
            RegistryCodes.Operator, null, capitalWan, RegistryCodes.InBusiness);
    }

    private static RegisteredRole[] FormerCompany(PersonSeed seed)
    {
        var (name, region) = EnterpriseNames.Company(seed);
        var code = CreditCodes.Make(CreditCodes.Enterprise, region, seed);
        var capitalWan = 10 * (1 + seed.Next(10));
        var share = 51 + seed.Next(50);
        var status = seed.Next(3) == 0 ? RegistryCodes.Revoked : RegistryCodes.Deregistered;
        return
        [
            new(name, code, LimitedCompany, RegistryCodes.LegalRepresentative, null, capitalWan, status),
            new(name, code, LimitedCompany, RegistryCodes.Shareholder, share, capitalWan, status),
        ];
    }

    private static bool IsAdult(string idNumber, DateOnly today) =>
        idNumber.Length == 18
        && DateOnly.TryParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
        && born.AddYears(18) <= today;
}
