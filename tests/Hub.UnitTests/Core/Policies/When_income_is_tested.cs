using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>The income test: pensions and benefits counted, strictly below (低于) the line, the sentence quoted.</summary>
public sealed class When_income_is_tested
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    private const string Article9 =
        "《社会救助暂行办法》第九条：国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。";

    public static TheoryData<string> EveryPack()
    {
        var data = new TheoryData<string>();
        foreach (var pack in Catalog.Packs.OrderBy(p => p.Id, StringComparer.Ordinal)) data.Add(pack.Id);
        return data;
    }

    /// <summary>A 70-year-old living alone on a pension: one fen below the line passes, the line itself does not.</summary>
    [Theory]
    [MemberData(nameof(EveryPack))]
    public void Income_equal_to_the_line_is_not_below_it(string packId)
    {
        var pack = Catalog.Packs.Single(p => p.Id == packId);
        var line = Income(Evaluate(pack, new CaseBuilder().Member(70).Build())).Threshold!.Value;

        var below = Income(Evaluate(pack, new CaseBuilder().Member(70).Pension(0, line - 0.01m).Build()));
        var at = Income(Evaluate(pack, new CaseBuilder().Member(70).Pension(0, line).Build()));

        Assert.Equal((FindingOutcomes.Pass, line - 0.01m, "<"), (below.Outcome, below.Value!.Value, below.Comparison));
        Assert.Equal((FindingOutcomes.Fail, line), (at.Outcome, at.Value!.Value));
        Assert.Equal([HouseholdMetricSources.Tax, HouseholdMetricSources.SocialInsurance], at.Sources);
    }

    [Theory]
    [InlineData("371700")]
    [InlineData("371100")]
    [InlineData("410423")]
    [InlineData("510000")]
    [InlineData("370321")]
    public void The_minimum_living_income_rule_quotes_article_9_whole(string jurisdiction)
    {
        var finding = Income(Evaluate(Catalog.Get(jurisdiction, "minimum_living"), new CaseBuilder().Member(70).Build()));

        Assert.Equal(Article9, finding.Cite);
        Assert.Equal("CNY/month", finding.Unit);
        Assert.Contains("低于", finding.Description);
    }

    /// <summary>Pensions are exempt from income tax, so only the social-insurance records show them; an elderly couple's income is not 0.</summary>
    [Fact]
    public void Pensions_count_as_income()
    {
        var household = new CaseBuilder().Member(72).Member(69, "spouse")
            .Pension(0, 2_650m).Pension(1, 186m, PensionSchemes.UrbanRuralResident).Build();

        var evaluation = Evaluate(Catalog.Get("371700", "minimum_living"), household);

        Assert.Equal([("pension_urban_employee", "城镇职工基本养老金", 2_650m), ("pension_urban_rural_resident", "城乡居民基本养老金", 186m)],
            evaluation.Income.Gross.Select(l => (l.Kind, l.Label, l.MonthlyCny)));
        Assert.Equal(2_836m, evaluation.Income.GrossMonthlyCny);
        Assert.Equal(1_418m, evaluation.Income.NetMonthlyPerCapitaCny);
        Assert.Equal(FindingOutcomes.Fail, Income(evaluation).Outcome);
        var basis = evaluation.Income.Gross[0].Basis.Single();
        Assert.Equal((HouseholdMetricSources.SocialInsurance, "pensions"), (basis.Source, basis.Collection));
        Assert.Equal([0], basis.Records);
    }

    [Fact]
    public void Unemployment_benefit_being_paid_counts_as_income()
    {
        var evaluation = Evaluate(Catalog.Get("371700", "minimum_living"), new CaseBuilder().Member(45).UnemploymentBenefit(0, 1_530m).Build());

        Assert.Equal(1_530m, evaluation.Income.NetMonthlyPerCapitaCny);
        Assert.Equal("失业保险金", evaluation.Income.Gross.Single().Label);
    }

    [Fact]
    public void Without_the_social_insurance_records_income_is_not_evaluated()
    {
        var household = new CaseBuilder().Member(70).Without(HouseholdMetricSources.SocialInsurance).Build();

        var evaluation = Evaluate(Catalog.Get("371700", "minimum_living"), household, HouseholdMetricSources.SocialInsurance);

        Assert.Equal(FindingOutcomes.NotEvaluated, Income(evaluation).Outcome);
        Assert.Null(evaluation.Income.GrossMonthlyCny);
        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
    }

    private static ReportFinding Income(PolicyEvaluation evaluation) => evaluation.Findings.Single(f => f.Rule == "income");
}
