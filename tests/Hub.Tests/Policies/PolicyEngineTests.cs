using Hub.Contracts.Api;
using Hub.Core.Metrics;
using Hub.Core.Policies;
using Hub.Simulators.Scenarios;
using static Hub.Tests.Policies.ScenarioHouseholds;

namespace Hub.Tests.Policies;

public sealed class PolicyEngineTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    public static TheoryData<string, string> EveryRuleOfEveryPack()
    {
        var data = new TheoryData<string, string>();
        foreach (var pack in Catalog.Packs.OrderBy(p => p.Id, StringComparer.Ordinal))
            foreach (var rule in pack.Rules)
                data.Add(pack.Id, rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRuleOfEveryPack))]
    public void Every_rule_passes_at_its_threshold_and_fails_above_it(string packId, string ruleId)
    {
        var pack = Catalog.Packs.Single(p => p.Id == packId);
        var metric = RuleKinds.Metric[pack.Rules.Single(r => r.Id == ruleId).Kind];
        var household = Compute(Scenario.Eligible, pack.MetricsSettings);
        var clean = PolicyEngine.Evaluate(pack, household, "urban", []);
        Assert.Equal(Conclusions.MeetsCriteria, clean.Conclusion);
        var threshold = clean.Findings.Single(f => f.Rule == ruleId).Threshold!.Value;

        var atThreshold = PolicyEngine.Evaluate(pack, WithValue(household, metric, threshold), "urban", []);
        var above = PolicyEngine.Evaluate(pack, WithValue(household, metric, threshold + 0.01m), "urban", []);

        Assert.Equal(FindingOutcomes.Pass, atThreshold.Findings.Single(f => f.Rule == ruleId).Outcome);
        var failed = Assert.Single(above.Findings, f => f.Outcome == FindingOutcomes.Fail);
        Assert.Equal(ruleId, failed.Rule);
        Assert.Equal(threshold + 0.01m, failed.Value);
        Assert.NotEmpty(failed.Sources);
        Assert.Equal(Conclusions.ExceedsCriteria, above.Conclusion);
    }

    [Theory]
    [InlineData(Scenario.Eligible, null)]
    [InlineData(Scenario.DisabilityVehicle, null)]
    [InlineData(Scenario.HousingFundContributor, null)]
    [InlineData(Scenario.HighIncome, "income")]
    [InlineData(Scenario.OwnsCar, "vehicles")]
    [InlineData(Scenario.OwnsBusiness, "enterprise_roles")]
    [InlineData(Scenario.LargeBankBalance, "financial_assets")]
    [InlineData(Scenario.MovedMoneyAway, "large_outflows")]
    [InlineData(Scenario.TwoHouses, "residential_properties,residential_area")]
    public void Scenario_households_meet_or_exceed_the_minimum_living_criteria(Scenario scenario, string? failing)
    {
        var pack = Catalog.Get("371700", "minimum_living");

        var evaluation = PolicyEngine.Evaluate(pack, Compute(scenario, pack.MetricsSettings), "urban", []);

        var failed = evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.Fail).Select(f => f.Rule).ToList();
        Assert.Equal(failing?.Split(',') ?? [], failed);
        Assert.Equal(failing is null ? Conclusions.MeetsCriteria : Conclusions.ExceedsCriteria, evaluation.Conclusion);
        Assert.All(evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.Fail), f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void An_unavailable_source_leaves_its_rules_unevaluated_and_the_household_for_review()
    {
        var pack = Catalog.Get("371100", "minimum_living");
        var records = Records(Scenario.LargeBankBalance);
        records[MetricSources.Bank] = null;
        var metrics = MetricsCalculator.Compute(Members(Scenario.LargeBankBalance), records, pack.MetricsSettings, Today);

        var evaluation = PolicyEngine.Evaluate(pack, metrics, "urban", [MetricSources.Bank]);

        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
        var skipped = evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.NotEvaluated).ToList();
        Assert.Equal(["financial_assets", "large_outflows"], skipped.Select(f => f.Rule));
        Assert.All(skipped, f => Assert.Equal([MetricSources.Bank], f.Sources));
        Assert.All(skipped, f => Assert.Null(f.Value));
        Assert.All(evaluation.Findings.Except(skipped), f => Assert.Equal(FindingOutcomes.Pass, f.Outcome));
    }

    [Fact]
    public void A_source_no_rule_rests_on_still_makes_the_household_need_review()
    {
        var pack = Catalog.Get("371100", "minimum_living");
        var records = Records(Scenario.Eligible);
        records[MetricSources.HousingFund] = null;
        var metrics = MetricsCalculator.Compute(Members(Scenario.Eligible), records, pack.MetricsSettings, Today);

        var evaluation = PolicyEngine.Evaluate(pack, metrics, "urban", [MetricSources.HousingFund]);

        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
        Assert.All(evaluation.Findings, f => Assert.Equal(FindingOutcomes.Pass, f.Outcome));
    }

    [Theory]
    [InlineData("371100", "urban", 1010 * 1.4)]
    [InlineData("371100", "rural", 830 * 1.4)]
    [InlineData("370321", "urban", 1050 * 1.5)]
    [InlineData("370321", "rural", 900 * 1.3)]
    [InlineData("510000", "rural", 550 * 1.3)]
    public void The_extreme_poverty_income_line_is_the_seed_multiple_of_the_standard(string jurisdiction, string residence, double expected)
    {
        var pack = Catalog.Get(jurisdiction, "extreme_poverty");

        var evaluation = PolicyEngine.Evaluate(pack, Compute(Scenario.Eligible, pack.MetricsSettings), residence, []);

        var income = evaluation.Findings.Single(f => f.Rule == "income");
        Assert.Equal((decimal)expected, income.Threshold);
        Assert.Contains("示例值", income.Description); // the standard itself is a sample
        Assert.Equal((decimal)expected / evaluation.Policy.StandardMonthlyCny, evaluation.Policy.IncomeMultiplier);
    }

    [Fact]
    public void The_report_carries_recheck_cycles_graduation_band_and_samples()
    {
        var pack = Catalog.Get("410423", "minimum_living");

        var policy = PolicyEngine.Evaluate(pack, Compute(Scenario.Eligible, pack.MetricsSettings), "rural", []).Policy;

        Assert.Equal("410423/minimum_living", policy.Id);
        Assert.Equal("2026.1", policy.Version);
        Assert.StartsWith("鲁办〔2021〕21号", policy.Source);
        Assert.Equal(12, policy.RecheckMonths);
        Assert.Equal(6, policy.RecheckMonthsUnstableIncome);
        Assert.Equal(new GraduationBand(1m, 1.5m, 520m, 780m, null, null), policy.Graduation);
        Assert.Contains("$.standards.ruralMonthly", policy.SampleParameters);
        Assert.DoesNotContain("$.graduation.upperMultiple", policy.SampleParameters);
        Assert.Empty(policy.TemporaryCaps);
    }

    [Fact]
    public void Temporary_assistance_caps_are_multiples_of_the_monthly_urban_standard()
    {
        var pack = Catalog.Get("370321", "temporary");

        var policy = PolicyEngine.Evaluate(pack, Compute(Scenario.Eligible, pack.MetricsSettings), "rural", []).Policy;

        Assert.Equal(
            [
                new TemporaryAssistanceCap("患重特大疾病的支出型救助对象", 3m, 12m, 3_150m, 12_600m),
                new TemporaryAssistanceCap("因子女自负教育费用负担过重的支出型救助对象", 3m, 6m, 3_150m, 6_300m),
            ],
            policy.TemporaryCaps);
        Assert.Null(policy.RecheckMonths);
    }

    [Fact]
    public void An_unknown_residence_is_refused()
    {
        var pack = Catalog.Get("371700", "minimum_living");

        Assert.Throws<ArgumentException>(() => PolicyEngine.Evaluate(pack, Compute(Scenario.Eligible, pack.MetricsSettings), "suburban", []));
    }

    private static HouseholdMetrics WithValue(HouseholdMetrics metrics, string name, decimal value)
    {
        var metric = metrics.Named(name) with { Value = value };
        return name switch
        {
            MetricNames.MonthlyIncomePerCapita => metrics with { MonthlyIncomePerCapita = metric },
            MetricNames.FinancialAssetsPerCapita => metrics with { FinancialAssetsPerCapita = metric },
            MetricNames.ResidentialPropertyCount => metrics with { ResidentialPropertyCount = metric },
            MetricNames.ResidentialAreaPerCapita => metrics with { ResidentialAreaPerCapita = metric },
            MetricNames.NonExemptVehicleCount => metrics with { NonExemptVehicleCount = metric },
            MetricNames.NonExemptVehicleValue => metrics with { NonExemptVehicleValue = metric },
            MetricNames.ActiveEnterpriseCapitalMax => metrics with { ActiveEnterpriseCapitalMax = metric },
            MetricNames.LargeOutflowsTotal => metrics with { LargeOutflowsTotal = metric },
            _ => throw new ArgumentException(name),
        };
    }
}
