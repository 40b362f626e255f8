using Hub.Adapters.Bank;
using Hub.Adapters.Disability;
using Hub.Adapters.HouseholdRegistration;
using Hub.Adapters.HousingFund;
using Hub.Adapters.MarketRegistration;
using Hub.Adapters.RealEstate;
using Hub.Adapters.SocialInsurance;
using Hub.Adapters.Tax;
using Hub.Adapters.Vehicle;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using Hub.Simulators.Scenarios;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.HouseholdMetrics;

public sealed class When_household_metrics_are_computed
{
    /// <summary>The shipped 菏泽 低保 settings (its vehicle exemptions, pensions counted), counting every tax category.</summary>
    private static readonly HouseholdMetricsSettings AllIncome =
        PolicyCatalog.Load().Get("371700", "minimum_living").HouseholdMetricsSettings with { CountedIncomeCategories = IncomeCategories.All };

    [Fact]
    public void An_eligible_household_has_no_income_a_small_home_and_little_money()
    {
        var metrics = Compute(Scenario.Eligible, AllIncome);

        Assert.Equal(3m, metrics.HouseholdSize.Value);
        Assert.Equal(0m, metrics.MonthlyIncomePerCapita.Value);
        Assert.Equal(Math.Round((1_245.30m + 860.00m + 412.50m) / 3, 2), metrics.FinancialAssetsPerCapita.Value);
        Assert.Equal(1m, metrics.ResidentialPropertyCount.Value);
        Assert.Equal(Math.Round(58.40m / 3, 2), metrics.ResidentialAreaPerCapita.Value);
        Assert.Equal(0m, metrics.NonExemptVehicleCount.Value);
        Assert.Equal(0m, metrics.ActiveEnterpriseRoles.Value);
        Assert.Equal(0m, metrics.LargeOutflowsTotal.Value);
        AssertBasis(metrics.FinancialAssetsPerCapita, (HouseholdMetricSources.Bank, "bankAccounts", [0, 1, 2]));
        AssertBasis(metrics.ResidentialAreaPerCapita, (HouseholdMetricSources.RealEstate, "properties", [0]));
        // Two adults of working age and a child.
        Assert.Equal(2m, metrics.WorkingAgeMembers.Value);
    }

    [Fact]
    public void High_income_is_averaged_over_twelve_months_and_cites_every_income_record()
    {
        var records = Records(Scenario.HighIncome);
        var income = records[HouseholdMetricSources.Tax]!.Income;

        var metrics = HouseholdMetricsCalculator.Compute(Members(Scenario.HighIncome), records, AllIncome, Today);

        Assert.Equal(Math.Round(MonthlyLines(income, _ => true) / 2, 2), metrics.MonthlyIncomePerCapita.Value);
        Assert.True(metrics.MonthlyIncomePerCapita.Value > 9_000m);
        AssertBasis(metrics.MonthlyIncomePerCapita, (HouseholdMetricSources.Tax, "income", Enumerable.Range(0, income.Count).ToList()));
        Assert.Equal([HouseholdMetricSources.Tax, HouseholdMetricSources.SocialInsurance], metrics.MonthlyIncomePerCapita.Sources);
    }

    [Fact]
    public void Only_the_categories_the_policy_counts_are_income()
    {
        var records = Records(Scenario.HighIncome);
        var income = records[HouseholdMetricSources.Tax]!.Income;

        var metrics = HouseholdMetricsCalculator.Compute(Members(Scenario.HighIncome), records,
            AllIncome with { CountedIncomeCategories = new HashSet<string> { IncomeCategories.Wages } }, Today);

        var wages = Enumerable.Range(0, income.Count).Where(i => income[i].Category == IncomeCategories.Wages).ToList();
        Assert.NotEqual(income.Count, wages.Count);
        Assert.Equal(Math.Round(MonthlyLines(income, i => i.Category == IncomeCategories.Wages) / 2, 2), metrics.MonthlyIncomePerCapita.Value);
        Assert.Equal(wages, metrics.MonthlyIncomePerCapita.Basis.Single().Records);
    }

    [Fact]
    public void A_car_counts_and_a_disability_vehicle_is_listed_as_exempt()
    {
        var car = Compute(Scenario.OwnsCar, AllIncome);
        Assert.Equal(1m, car.NonExemptVehicleCount.Value);
        Assert.Equal(86_500m, car.NonExemptVehicleValue.Value);
        Assert.Equal(0m, car.ExemptVehicleCount.Value);

        var disability = Compute(Scenario.DisabilityVehicle, AllIncome);
        Assert.Equal(0m, disability.NonExemptVehicleCount.Value);
        Assert.Equal(0m, disability.NonExemptVehicleValue.Value);
        Assert.Equal(1m, disability.ExemptVehicleCount.Value);
        AssertBasis(disability.ExemptVehicleCount, (HouseholdMetricSources.Vehicle, "vehicles", [0]));
        Assert.Empty(disability.NonExemptVehicleCount.Basis);
    }

    [Fact]
    public void A_business_role_reports_the_companys_registered_capital()
    {
        var metrics = Compute(Scenario.OwnsBusiness, AllIncome);

        Assert.Equal(3m, metrics.ActiveEnterpriseRoles.Value);
        Assert.Equal(5_000_000m, metrics.ActiveEnterpriseCapitalMax.Value);
        Assert.Equal([0, 1, 2], metrics.ActiveEnterpriseCapitalMax.Basis.Single().Records);
    }

    [Fact]
    public void Closed_businesses_and_shareholdings_without_a_share_are_not_active_roles()
    {
        var records = Records(Scenario.Eligible);
        records[HouseholdMetricSources.MarketRegistration] = new CanonicalRecords
        {
            EnterpriseRoles =
            [
                new(0, "某商贸有限公司", "91371702MA3C7K2P3J", EnterpriseRoles.LegalRepresentative, null, 1_000_000m, EnterpriseStatuses.Revoked),
                new(1, "某商贸有限公司", "91371702MA3C7K2P3J", EnterpriseRoles.Shareholder, 0m, 1_000_000m, EnterpriseStatuses.Active),
                new(1, "某五金店", "92371702MA3C7K2P3X", EnterpriseRoles.LegalRepresentative, null, 80_000m, EnterpriseStatuses.Active),
            ],
        };

        var metrics = HouseholdMetricsCalculator.Compute(Members(Scenario.Eligible), records, AllIncome, Today);

        Assert.Equal(1m, metrics.ActiveEnterpriseRoles.Value);
        Assert.Equal(80_000m, metrics.ActiveEnterpriseCapitalMax.Value);
        Assert.Equal([2], metrics.ActiveEnterpriseCapitalMax.Basis.Single().Records);
    }

    [Fact]
    public void Two_houses_count_as_two_properties_and_area_follows_the_share()
    {
        var metrics = Compute(Scenario.TwoHouses, AllIncome);

        Assert.Equal(2m, metrics.ResidentialPropertyCount.Value);
        Assert.Equal(Math.Round((126.30m + 89.50m * 0.5m) / 2, 2, MidpointRounding.AwayFromZero), metrics.ResidentialAreaPerCapita.Value);
    }

    [Fact]
    public void A_home_two_members_share_counts_once()
    {
        var records = Records(Scenario.TwoHouses);
        records[HouseholdMetricSources.RealEstate] = new CanonicalRecords
        {
            Properties =
            [
                new(0, "鲁(2019)菏泽市不动产权第0034567号", "某家园7号楼", PropertyUses.Residential, 90m, 0.5m, PropertyShareBases.Registered, new(2019, 5, 12)),
                new(1, "鲁(2019)菏泽市不动产权第0034567号", "某家园7号楼", PropertyUses.Residential, 90m, 0.5m, PropertyShareBases.Registered, new(2019, 5, 12)),
                new(1, "鲁(2020)菏泽市不动产权第0045678号", "某商铺", PropertyUses.Commercial, 40m, 1m, PropertyShareBases.Sole, new(2020, 1, 2)),
            ],
        };

        var metrics = HouseholdMetricsCalculator.Compute(Members(Scenario.TwoHouses), records, AllIncome, Today);

        Assert.Equal(1m, metrics.ResidentialPropertyCount.Value);
        Assert.Equal(45m, metrics.ResidentialAreaPerCapita.Value);
        Assert.Equal([0, 1], metrics.ResidentialPropertyCount.Basis.Single().Records);
    }

    [Fact]
    public void Deposits_wealth_products_and_securities_are_financial_assets()
    {
        var metrics = Compute(Scenario.LargeBankBalance, AllIncome);

        Assert.Equal(493_456.78m, metrics.FinancialAssetsPerCapita.Value);
        AssertBasis(metrics.FinancialAssetsPerCapita, (HouseholdMetricSources.Bank, "bankAccounts", [0, 1]), (HouseholdMetricSources.Bank, "wealthProducts", [0]));
    }

    [Fact]
    public void Housing_fund_contributions_are_reported_but_not_income()
    {
        var metrics = Compute(Scenario.HousingFundContributor, AllIncome);

        Assert.Equal(0m, metrics.MonthlyIncomePerCapita.Value);
        Assert.Equal(2_160m, metrics.HousingFundMonthlyContribution.Value);
        AssertBasis(metrics.HousingFundMonthlyContribution, (HouseholdMetricSources.HousingFund, "housingFundAccounts", [0]));
    }

    [Fact]
    public void Money_moved_away_within_six_months_is_totalled_and_older_transfers_are_not()
    {
        var records = Records(Scenario.MovedMoneyAway);
        var bank = records[HouseholdMetricSources.Bank]!;
        records[HouseholdMetricSources.Bank] = bank with
        {
            LargeOutflows = [.. bank.LargeOutflows, new(0, "中国农业银行", Today.AddMonths(-7), 300_000m, "某某")],
        };

        var metrics = HouseholdMetricsCalculator.Compute(Members(Scenario.MovedMoneyAway), records, AllIncome, Today);

        Assert.Equal(200_000m, metrics.LargeOutflowsTotal.Value);
        Assert.Equal([0, 1], metrics.LargeOutflowsTotal.Basis.Single().Records);
    }

    [Fact]
    public void A_metric_whose_source_is_unavailable_has_no_value()
    {
        var records = Records(Scenario.Eligible);
        records[HouseholdMetricSources.Bank] = null;
        records.Remove(HouseholdMetricSources.Vehicle);

        var metrics = HouseholdMetricsCalculator.Compute(Members(Scenario.Eligible), records, AllIncome, Today);

        Assert.Null(metrics.FinancialAssetsPerCapita.Value);
        Assert.Null(metrics.LargeOutflowsTotal.Value);
        Assert.Null(metrics.NonExemptVehicleCount.Value);
        Assert.Equal(0m, metrics.MonthlyIncomePerCapita.Value);
        Assert.Equal(3m, metrics.HouseholdSize.Value);
    }

    [Fact]
    public void The_source_codes_are_the_adapters()
    {
        Assert.Equal(HouseholdMetricSources.Tax, TaxAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.Bank, BankAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.RealEstate, RealEstateAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.Vehicle, VehicleAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.HousingFund, HousingFundAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.MarketRegistration, MarketRegistrationAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.SocialInsurance, SocialInsuranceAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.HouseholdRegistration, HouseholdRegistrationAdapter.SourceCode);
        Assert.Equal(HouseholdMetricSources.Disability, DisabilityAdapter.SourceCode);
        // A conclusion rests on every department: a source left out of All could time out and still leave meets_criteria.
        Assert.Equal(
            new[] { TaxAdapter.SourceCode, BankAdapter.SourceCode, RealEstateAdapter.SourceCode, VehicleAdapter.SourceCode, HousingFundAdapter.SourceCode,
                MarketRegistrationAdapter.SourceCode, SocialInsuranceAdapter.SourceCode, HouseholdRegistrationAdapter.SourceCode, DisabilityAdapter.SourceCode }.Order(),
            HouseholdMetricSources.All.Order());
    }

    [Fact]
    public void Every_metric_is_listed_once_by_name()
    {
        var names = Compute(Scenario.Eligible, AllIncome).All.Select(m => m.Name).ToList();

        Assert.Equal(names.Distinct(), names);
        Assert.Equal(typeof(HouseholdMetricNames).GetFields().Length, names.Count);
    }

    /// <summary>Each member's twelve months of one category ÷ 12, to the fen, summed: the lines the report shows.</summary>
    private static decimal MonthlyLines(IReadOnlyList<IncomeRecord> income, Func<IncomeRecord, bool> counted) =>
        income.Where(counted).GroupBy(i => (i.MemberPosition, i.Category))
            .Sum(g => Math.Round(g.Sum(i => i.AmountCny) / 12, 2, MidpointRounding.AwayFromZero));

    private static void AssertBasis(ReportMetric metric, params (string Source, string Collection, IReadOnlyList<int> Records)[] expected) =>
        Assert.Equal(expected.Select(Text), metric.Basis.Select(b => Text((b.Source, b.Collection, b.Records))));

    private static string Text((string Source, string Collection, IReadOnlyList<int> Records) reference) =>
        $"{reference.Source}/{reference.Collection}:{string.Join(",", reference.Records)}";
}
