using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// 特困: the income line is the 低保 standard; the 1.3–1.5 multiplier is the benefit paid (基本生活标准); the applicant must
/// be unable to work, no member able to work may earn, and no one bound to support the applicant may be able to.
/// </summary>
public sealed class When_extreme_poverty_is_checked
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();
    private static PolicyPack Rizhao => Catalog.Get("371100", "extreme_poverty");

    [Theory]
    [InlineData("371100", "urban", 1.4, 1_414, false)]
    [InlineData("510000", "rural", 1.3, 715, true)]
    [InlineData("370321", "urban", 1.5, 1_575, true)]
    [InlineData("370321", "rural", 1.3, 1_170, true)]
    public void The_seed_multiple_is_reported_as_the_benefit_level_and_the_income_line_is_the_standard(
        string jurisdiction, string residence, double multiplier, int monthly, bool atLeast)
    {
        var builder = new CaseBuilder().Member(75);
        var evaluation = Evaluate(Catalog.Get(jurisdiction, "extreme_poverty"), (residence == "rural" ? builder.Rural() : builder).Build());

        var benefit = evaluation.Policy.BenefitLevel!;
        Assert.Equal(("特困人员基本生活标准", (decimal)multiplier, (decimal)monthly, atLeast), (benefit.Label, benefit.Multiplier, benefit.MonthlyCny, benefit.AtLeast));
        Assert.NotNull(benefit.Cite);
        Assert.Equal(1m, evaluation.Policy.IncomeMultiplier);
        var income = evaluation.Findings.Single(f => f.Rule == "income");
        Assert.Equal(evaluation.Policy.StandardMonthlyCny, income.Threshold);
        Assert.StartsWith("《特困人员认定办法》第六条：收入低于当地最低生活保障标准", income.Cite);
    }

    /// <summary>A pension of 1,200 is below 日照's benefit level (1,414) but not below the standard (1,010): not 特困.</summary>
    [Fact]
    public void Income_above_the_standard_fails_even_below_the_benefit_level()
    {
        var evaluation = Evaluate(Rizhao, new CaseBuilder().Member(75).Pension(0, 1_200m).Build());

        Assert.Equal(FindingOutcomes.Fail, evaluation.Findings.Single(f => f.Rule == "income").Outcome);
    }

    /// <summary>All five documents but 菏泽's raise the minors' age from 16 to 18: 16- and 17-year-olds are minors.</summary>
    [Theory]
    [InlineData(16, FindingOutcomes.Pass)]
    [InlineData(17, FindingOutcomes.Pass)]
    [InlineData(18, FindingOutcomes.NeedsReview)]
    public void A_minor_under_eighteen_is_unable_to_work(int age, string outcome)
    {
        var evaluation = Evaluate(Rizhao, new CaseBuilder().Member(age).Build());

        var finding = evaluation.Findings.Single(f => f.Rule == "unable_to_work");
        Assert.Equal(outcome, finding.Outcome);
        if (outcome == FindingOutcomes.Pass)
            Assert.Contains("二（一）2：将特困人员救助供养覆盖的未成年人年龄从16周岁延长至18周岁", finding.Reason);
        Assert.StartsWith("《社会救助暂行办法》第十四条：国家对无劳动能力", finding.Cite);
    }

    [Fact]
    public void Sixteen_and_seventeen_year_olds_are_not_of_working_age()
    {
        var household = new CaseBuilder().Member(45).Member(17, "child").Member(16, "child").Member(18, "child").Build();

        var metrics = HouseholdMetricsCalculator.Compute(household.Members, household.Records, Rizhao.HouseholdMetricsSettings, Today);

        Assert.Equal(2m, metrics.WorkingAgeMembers.Value);
    }

    [Theory]
    [InlineData(60, null, FindingOutcomes.Pass)]
    [InlineData(45, 1, FindingOutcomes.Pass)]
    [InlineData(45, 3, FindingOutcomes.NeedsReview)]
    [InlineData(45, null, FindingOutcomes.NeedsReview)]
    public void The_applicant_must_be_elderly_a_minor_or_severely_disabled(int age, int? recordedGrade, string outcome)
    {
        var builder = new CaseBuilder().Member(age, disabilityGrade: recordedGrade);
        if (recordedGrade is { } grade) builder.Certificate(0, grade);

        var finding = Evaluate(Rizhao, builder.Build()).Findings.Single(f => f.Rule == "unable_to_work");

        Assert.Equal(outcome, finding.Outcome);
        Assert.NotNull(finding.Reason);
    }

    [Fact]
    public void A_member_able_to_work_who_earns_fails_the_condition_and_the_tax_records_are_cited()
    {
        var household = new CaseBuilder().Member(72).Member(40, "child").Earns(1, 1_800m).Build();

        var finding = Evaluate(Rizhao, household).Findings.Single(f => f.Rule == "no_income_from_work");

        Assert.Equal((FindingOutcomes.Fail, 1m), (finding.Outcome, finding.Value!.Value));
        Assert.Contains(HouseholdMetricSources.Tax, finding.Sources);
        Assert.Contains("成员2有劳动能力，月均劳动收入1800元", finding.Reason);
    }

    [Fact]
    public void No_obligor_listed_is_for_the_office_to_decide()
    {
        var finding = Evaluate(Rizhao, new CaseBuilder().Member(80).Build()).Findings.Single(f => f.Rule == "obligors");

        Assert.Equal(FindingOutcomes.NeedsReview, finding.Outcome);
        Assert.Contains("未列出配偶、成年子女或父母", finding.Reason);
    }

    /// <summary>日照: an obligor with at least 2 × 1,010 a month (sample) can support the applicant.</summary>
    [Theory]
    [InlineData(900, FindingOutcomes.Pass)]
    [InlineData(2_020, FindingOutcomes.Fail)]
    public void An_obligor_with_enough_income_can_support_the_applicant(int pension, string outcome)
    {
        var household = new CaseBuilder().Member(80).Member(78, "spouse").Pension(1, pension).Build();

        var finding = Evaluate(Rizhao, household).Findings.Single(f => f.Rule == "obligors");

        Assert.Equal((outcome, 2_020m, "<"), (finding.Outcome, finding.Threshold!.Value, finding.Comparison));
        Assert.Equal([HouseholdMetricSources.Tax, HouseholdMetricSources.SocialInsurance], finding.Sources);
    }

    [Fact]
    public void An_elderly_person_alone_on_a_small_pension_needs_review_only_for_the_obligors()
    {
        var evaluation = Evaluate(Rizhao, new CaseBuilder().Member(81).Pension(0, 180m, "urban_rural_resident").Build());

        Assert.Equal(["obligors"], evaluation.Findings.Where(f => f.Outcome != FindingOutcomes.Pass).Select(f => f.Rule));
        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
        Assert.Equal(12, evaluation.Recheck!.Months);
    }
}
