using Hub.Adapters.Tax;
using Hub.Contracts.Identity;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using Hub.Simulators.MarketRegistration;
using Hub.Simulators.Scenarios;
using Hub.Simulators.Tax;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// The named scenario households as the adapters would report them: tax records come from the simulator's ledger
/// through the adapter's code table; the other departments' fixed scenario records are written out by hand.
/// </summary>
internal static class ScenarioHouseholds
{
    public static readonly DateOnly Today = new(2026, 3, 15);

    public static IReadOnlyList<MemberFacts> Members(Scenario scenario) =>
        ScenarioBook.Households[scenario]
            .Select((id, i) => new MemberFacts(i, i == 0 ? "applicant" : "spouse", IdNumber.BirthDate(id)!.Value)).ToList();

    /// <summary>Every source answered; the scenario's records filled in.</summary>
    public static Dictionary<string, CanonicalRecords?> Records(Scenario scenario)
    {
        var ids = ScenarioBook.Households[scenario];
        var records = AllSources.ToDictionary(s => s, _ => (CanonicalRecords?)new CanonicalRecords());
        records[HouseholdMetricSources.Tax] = new CanonicalRecords { Income = Income(ids) };
        switch (scenario)
        {
            case Scenario.Eligible:
                records[HouseholdMetricSources.Bank] = Deposits(1_245.30m, 860.00m, 412.50m);
                records[HouseholdMetricSources.RealEstate] = new CanonicalRecords
                {
                    Properties = [new(0, "鲁(2016)菏泽市不动产权第0012345号", "菏泽市牡丹区某小区3号楼", PropertyUses.Residential, 58.40m, 1m, PropertyShareBases.Sole, new(2016, 6, 18))],
                };
                break;
            case Scenario.OwnsCar:
                records[HouseholdMetricSources.Vehicle] = new CanonicalRecords
                {
                    Vehicles = [new(0, "鲁R·A1234", VehicleTypes.Car, new(2018, 4, 20), 86_500m, VehicleUses.Private)],
                };
                break;
            case Scenario.DisabilityVehicle:
                records[HouseholdMetricSources.Vehicle] = new CanonicalRecords
                {
                    Vehicles = [new(0, "鲁R·B5678", VehicleTypes.Tricycle, new(2016, 10, 9), 3_800m, VehicleUses.Disabled)],
                };
                records[HouseholdMetricSources.Disability] = new CanonicalRecords
                {
                    DisabilityCertificates = [new(0, "****1743", DisabilityCategories.Physical, 3, CertificateStatuses.Valid, new(2019, 7, 22), new(2029, 7, 21))],
                };
                break;
            case Scenario.OwnsBusiness:
                const decimal capital = MarketRegistrationData.OwnedCompanyCapitalWan * 10_000;
                records[HouseholdMetricSources.MarketRegistration] = new CanonicalRecords
                {
                    EnterpriseRoles =
                    [
                        new(0, MarketRegistrationData.OwnedCompany, MarketRegistrationData.OwnedCompanyCreditCode, EnterpriseRoles.LegalRepresentative, null, capital, EnterpriseStatuses.Active),
                        new(0, MarketRegistrationData.OwnedCompany, MarketRegistrationData.OwnedCompanyCreditCode, EnterpriseRoles.Shareholder, 0.6m, capital, EnterpriseStatuses.Active),
                        new(1, MarketRegistrationData.OwnedCompany, MarketRegistrationData.OwnedCompanyCreditCode, EnterpriseRoles.SeniorManager, null, capital, EnterpriseStatuses.Active),
                    ],
                };
                break;
            case Scenario.TwoHouses:
                records[HouseholdMetricSources.RealEstate] = new CanonicalRecords
                {
                    Properties =
                    [
                        new(0, "鲁(2015)菏泽市不动产权第0023456号", "菏泽市牡丹区某花园1号楼", PropertyUses.Residential, 126.30m, 1m, PropertyShareBases.Sole, new(2015, 9, 3)),
                        new(1, "鲁(2019)菏泽市不动产权第0034567号", "菏泽市开发区某家园7号楼", PropertyUses.Residential, 89.50m, 0.5m, PropertyShareBases.Registered, new(2019, 5, 12)),
                    ],
                };
                break;
            case Scenario.LargeBankBalance:
                records[HouseholdMetricSources.Bank] = new CanonicalRecords
                {
                    BankAccounts =
                    [
                        new(0, "中国建设银行", "****1234", BankAccountTypes.Current, 23_456.78m),
                        new(0, "中国建设银行", "****5678", BankAccountTypes.Time, 320_000.00m),
                    ],
                    WealthProducts = [new(0, "中国建设银行", "建信理财·安鑫稳健90天", WealthProductTypes.WealthManagement, 150_000.00m)],
                };
                break;
            case Scenario.HousingFundContributor:
                records[HouseholdMetricSources.HousingFund] = new CanonicalRecords
                {
                    HousingFundAccounts = [new(0, HousingFundStatuses.Active, "菏泽市某建筑工程有限公司", 2_160.00m, 68_420.50m)],
                };
                break;
            case Scenario.MovedMoneyAway:
                records[HouseholdMetricSources.Bank] = new CanonicalRecords
                {
                    BankAccounts = [new(0, "中国农业银行", "****4321", BankAccountTypes.Current, 3_218.40m)],
                    LargeOutflows =
                    [
                        new(0, "中国农业银行", Today.AddDays(-41), 80_000.00m, "王某某"),
                        new(0, "中国农业银行", Today.AddDays(-97), 120_000.00m, "菏泽某置业有限公司"),
                    ],
                };
                break;
        }
        return records;
    }

    public static readonly string[] AllSources =
    [
        HouseholdMetricSources.Tax, HouseholdMetricSources.Bank, HouseholdMetricSources.RealEstate, HouseholdMetricSources.Vehicle, HouseholdMetricSources.HousingFund,
        HouseholdMetricSources.MarketRegistration, HouseholdMetricSources.SocialInsurance, HouseholdMetricSources.Disability,
    ];

    public static Hub.Core.HouseholdMetrics.HouseholdMetricSet Compute(Scenario scenario, HouseholdMetricsSettings settings) =>
        HouseholdMetricsCalculator.Compute(Members(scenario), Records(scenario), settings, Today);

    /// <summary>The scenario household with every source answered, as the policy engine sees it.</summary>
    public static HouseholdCase Case(Scenario scenario, string residence = "urban") => new(Members(scenario), Records(scenario), residence, Today);

    /// <summary>Metrics with the pack's settings, then the pack's judgement: what the report issuer does.</summary>
    public static PolicyEvaluation Evaluate(PolicyPack pack, HouseholdCase household, params string[] unavailable) =>
        PolicyEngine.Evaluate(pack, household, HouseholdMetricsCalculator.Compute(household.Members, household.Records, pack.HouseholdMetricsSettings, household.Today),
            unavailable);

    private static CanonicalRecords Deposits(params decimal[] balances) => new()
    {
        BankAccounts = balances.Select((b, i) => new BankAccountRecord(i, "菏泽农村商业银行", "****000" + i, BankAccountTypes.Current, b)).ToList(),
    };

    /// <summary>The twelve full months before <see cref="Today"/>, as the tax adapter asks for them.</summary>
    private static List<IncomeRecord> Income(IReadOnlyList<string> ids)
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        return ids.SelectMany((id, position) => TaxData.For(id, thisMonth.AddMonths(-12), thisMonth.AddMonths(-1))
            .Select(t => new IncomeRecord(position, TaxItemCodes.ToCategory[t.ItemCode], t.Period, t.Amount, t.WithholdingAgent))).ToList();
    }
}
