using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using Hub.Simulators.Scenarios;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

public sealed class When_the_engine_judges_a_household
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    public static TheoryData<string, string> EveryThresholdRuleOfEveryPack()
    {
        var data = new TheoryData<string, string>();
        foreach (var pack in Catalog.Packs.OrderBy(p => p.Id, StringComparer.Ordinal))
            foreach (var rule in pack.Rules.Where(r => RuleKinds.Metric.ContainsKey(r.Kind)))
                data.Add(pack.Id, rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryThresholdRuleOfEveryPack))]
    public void Every_threshold_rule_passes_at_its_threshold_and_fails_above_it(string packId, string ruleId)
    {
        var pack = Catalog.Packs.Single(p => p.Id == packId);
        var metric = RuleKinds.Metric[pack.Rules.Single(r => r.Id == ruleId).Kind];
        var household = Case(Scenario.Eligible);
        var metrics = HouseholdMetricsCalculator.Compute(household.Members, household.Records, pack.HouseholdMetricsSettings, Today);
        var clean = PolicyEngine.Evaluate(pack, household, metrics, []);
        Assert.Equal(FindingOutcomes.Pass, clean.Findings.Single(f => f.Rule == ruleId).Outcome);
        var threshold = clean.Findings.Single(f => f.Rule == ruleId).Threshold!.Value;

        var atThreshold = PolicyEngine.Evaluate(pack, household, WithValue(metrics, metric, threshold), []);
        var above = PolicyEngine.Evaluate(pack, household, WithValue(metrics, metric, threshold + 0.01m), []);

        Assert.Equal(FindingOutcomes.Pass, atThreshold.Findings.Single(f => f.Rule == ruleId).Outcome);
        var failed = Assert.Single(above.Findings, f => f.Outcome == FindingOutcomes.Fail);
        Assert.Equal(ruleId, failed.Rule);
        Assert.Equal(threshold + 0.01m, failed.Value);
        Assert.Equal("<=", failed.Comparison);
        Assert.NotEmpty(failed.Sources);
        Assert.NotEqual(Conclusions.MeetsCriteria, above.Conclusion);
    }

    [Theory]
    [InlineData(Scenario.Eligible, null, null)]
    [InlineData(Scenario.DisabilityVehicle, null, null)]
    [InlineData(Scenario.HousingFundContributor, null, "income_inconsistent")]
    [InlineData(Scenario.HighIncome, "income", null)]
    [InlineData(Scenario.OwnsCar, "vehicles", null)]
    [InlineData(Scenario.OwnsBusiness, "enterprise_roles", null)]
    [InlineData(Scenario.LargeBankBalance, "financial_assets", null)]
    [InlineData(Scenario.MovedMoneyAway, "large_outflows", null)]
    [InlineData(Scenario.TwoHouses, "residential_properties,residential_area", null)]
    public void Scenario_households_meet_exceed_or_need_review_under_the_minimum_living_criteria(Scenario scenario, string? failing, string? review)
    {
        var evaluation = Evaluate(Catalog.Get("371700", "minimum_living"), Case(scenario));

        Assert.Equal(failing?.Split(',') ?? [], evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.Fail).Select(f => f.Rule));
        Assert.Equal(review?.Split(',') ?? [], evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.NeedsReview).Select(f => f.Rule));
        Assert.Equal(review is not null ? Conclusions.NeedsReview : failing is null ? Conclusions.MeetsCriteria : Conclusions.ExceedsCriteria,
            evaluation.Conclusion);
        Assert.All(evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.Fail), f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void An_unavailable_source_leaves_its_rules_unevaluated_and_the_household_for_review()
    {
        var household = Case(Scenario.LargeBankBalance);
        var records = new Dictionary<string, Hub.Contracts.Records.CanonicalRecords?>(household.Records) { [HouseholdMetricSources.Bank] = null };

        var evaluation = Evaluate(Catalog.Get("371100", "minimum_living"), household with { Records = records }, HouseholdMetricSources.Bank);

        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
        var skipped = evaluation.Findings.Where(f => f.Outcome == FindingOutcomes.NotEvaluated).ToList();
        Assert.Equal(["financial_assets", "large_outflows"], skipped.Select(f => f.Rule));
        Assert.All(skipped, f => Assert.Equal([HouseholdMetricSources.Bank], f.Sources));
        Assert.All(skipped, f => Assert.Null(f.Value));
        Assert.All(evaluation.Findings.Except(skipped), f => Assert.Equal(FindingOutcomes.Pass, f.Outcome));
    }

    [Fact]
    public void A_source_no_rule_rests_on_still_makes_the_household_need_review()
    {
        var household = Case(Scenario.Eligible);
        var records = new Dictionary<string, Hub.Contracts.Records.CanonicalRecords?>(household.Records) { [HouseholdMetricSources.MarketRegistration] = null };
        var pack = Catalog.Get("371100", "minimum_living") with { Rules = [.. Catalog.Get("371100", "minimum_living").Rules.Where(r => r.Id != "enterprise_roles")] };

        var evaluation = Evaluate(pack, household with { Records = records }, HouseholdMetricSources.MarketRegistration);

        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
        Assert.All(evaluation.Findings, f => Assert.Equal(FindingOutcomes.Pass, f.Outcome));
    }

    [Fact]
    public void The_report_carries_recheck_cycles_graduation_band_and_samples()
    {
        var policy = Evaluate(Catalog.Get("410423", "minimum_living"), Case(Scenario.Eligible, "rural")).Policy;

        Assert.Equal("410423/minimum_living", policy.Id);
        Assert.Equal("2026.1", policy.Version);
        Assert.StartsWith("鲁办〔2021〕21号", policy.Source);
        Assert.Equal(12, policy.RecheckMonths);
        Assert.Equal(6, policy.RecheckMonthsUnstableIncome);
        Assert.Equal(new GraduationBand(1m, 1.5m, 520m, 780m, 3, 6), policy.Graduation);
        Assert.Contains("$.standards.ruralMonthly", policy.SampleParameters);
        Assert.Contains("$.graduation.maxMonths", policy.SampleParameters);
        Assert.Contains("$.vehicleExemptions[?@.label=='残疾人功能性补偿代步机动车']", policy.SampleParameters);
        Assert.Contains("$.rules[?@.id=='vehicles'].limit", policy.SampleParameters);
        Assert.DoesNotContain("$.graduation.upperMultiple", policy.SampleParameters);
        Assert.DoesNotContain("$.workAbility.minorUnder", policy.SampleParameters);
        Assert.Empty(policy.TemporaryCaps);
        Assert.Null(policy.BenefitLevel);
    }

    [Fact]
    public void An_unknown_residence_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Evaluate(Catalog.Get("371700", "minimum_living"), Case(Scenario.Eligible, "suburban")));
    }

    private static Hub.Core.HouseholdMetrics.HouseholdMetricSet WithValue(Hub.Core.HouseholdMetrics.HouseholdMetricSet metrics, string name, decimal value)
    {
        var metric = metrics.Named(name) with { Value = value };
        return name switch
        {
            HouseholdMetricNames.FinancialAssetsPerCapita => metrics with { FinancialAssetsPerCapita = metric },
            HouseholdMetricNames.ResidentialPropertyCount => metrics with { ResidentialPropertyCount = metric },
            HouseholdMetricNames.ResidentialAreaPerCapita => metrics with { ResidentialAreaPerCapita = metric },
            HouseholdMetricNames.NonExemptVehicleCount => metrics with { NonExemptVehicleCount = metric },
            HouseholdMetricNames.NonExemptVehicleValue => metrics with { NonExemptVehicleValue = metric },
            HouseholdMetricNames.ActiveEnterpriseCapitalMax => metrics with { ActiveEnterpriseCapitalMax = metric },
            HouseholdMetricNames.LargeOutflowsTotal => metrics with { LargeOutflowsTotal = metric },
            _ => throw new ArgumentException(name),
        };
    }
}
