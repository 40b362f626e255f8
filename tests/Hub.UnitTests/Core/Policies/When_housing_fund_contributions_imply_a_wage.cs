using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using Hub.Simulators.Scenarios;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// Contributions of 2,160 a month (1,080 + 1,080) imply a wage of 9,000 at 24 %; a household whose tax records show no
/// wage is not simply poor: the finding income_inconsistent asks for review and cites both departments.
/// </summary>
public sealed class When_housing_fund_contributions_imply_a_wage
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    [Theory]
    [InlineData("371700")]
    [InlineData("371100")]
    [InlineData("410423")]
    [InlineData("510000")]
    [InlineData("370321")]
    public void The_contributor_without_taxed_wages_needs_review_in_every_jurisdiction(string jurisdiction)
    {
        var evaluation = Evaluate(Catalog.Get(jurisdiction, "minimum_living"), Case(Scenario.HousingFundContributor));

        var finding = evaluation.Findings.Single(f => f.Rule == "income_inconsistent");
        Assert.Equal((FindingOutcomes.NeedsReview, 0m, 4_500m, ">="), (finding.Outcome, finding.Value!.Value, finding.Threshold!.Value, finding.Comparison));
        Assert.Equal([HouseholdMetricSources.HousingFund, HouseholdMetricSources.Tax], finding.Sources);
        Assert.Contains("住房公积金月缴存2160元，推算月工资约9000元", finding.Reason);
        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
    }

    [Fact]
    public void Taxed_wages_that_match_the_contributions_are_consistent()
    {
        var household = new CaseBuilder().Member(35).HousingFund(0, 1_200m, 20_000m).Earns(0, 5_000m).Build();

        var finding = Evaluate(Catalog.Get("371700", "minimum_living"), household).Findings.Single(f => f.Rule == "income_inconsistent");

        Assert.Equal((FindingOutcomes.Pass, 5_000m, 2_500m), (finding.Outcome, finding.Value!.Value, finding.Threshold!.Value));
    }

    [Fact]
    public void A_suspended_account_implies_no_wage()
    {
        var household = new CaseBuilder().Member(35).HousingFund(0, 0m, 20_000m, "suspended").Build();

        var finding = Evaluate(Catalog.Get("371700", "minimum_living"), household).Findings.Single(f => f.Rule == "income_inconsistent");

        Assert.Equal(FindingOutcomes.Pass, finding.Outcome);
        Assert.Null(finding.Value);
    }

    /// <summary>桓台 lists 公积金 among the household's 经济财产信息; the other packs leave the balance out.</summary>
    [Fact]
    public void The_fund_balance_is_a_financial_asset_where_the_pack_says_so()
    {
        var household = new CaseBuilder().Member(35).Member(33, "spouse").Deposit(0, 4_000m).HousingFund(1, 0m, 36_000m, "suspended").Build();

        var huantai = HouseholdMetricsCalculator.Compute(household.Members, household.Records, Catalog.Get("370321", "minimum_living").HouseholdMetricsSettings, Today);
        var heze = HouseholdMetricsCalculator.Compute(household.Members, household.Records, Catalog.Get("371700", "minimum_living").HouseholdMetricsSettings, Today);

        Assert.Equal(20_000m, huantai.FinancialAssetsPerCapita.Value);
        Assert.Equal([HouseholdMetricSources.Bank, HouseholdMetricSources.HousingFund], huantai.FinancialAssetsPerCapita.Sources);
        Assert.StartsWith("八：完善居民家庭经济状况信息核对平台，纳入银行存款、税收、证券、公积金等", Catalog.Get("370321", "minimum_living").HousingFundAsAsset!.Cite);
        Assert.Equal(2_000m, heze.FinancialAssetsPerCapita.Value);
    }
}
