using Hub.Contracts.Api;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>The 渐退期: a working recipient whose income has risen into the band keeps the benefit for a while.</summary>
public sealed class When_a_recipient_earns_more
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();
    private static readonly DateOnly Since = new(2023, 7, 1);

    /// <summary>日照: 1,400 earned, 1,120 after the employment cost, above the 1,010 standard: 3–6 months.</summary>
    [Fact]
    public void A_working_recipient_in_Rizhao_graduates_for_three_to_six_months()
    {
        var household = new CaseBuilder().Member(40, employment: Employments.Employed).Earns(0, 1_400m).Recipient(Since).Build();

        var evaluation = Evaluate(Catalog.Get("371100", "minimum_living"), household);

        Assert.Equal(Conclusions.Graduating, evaluation.Conclusion);
        var graduation = evaluation.Graduation!;
        Assert.Equal((3, 6, false), (graduation.MinMonths, graduation.MaxMonths, graduation.MonthsSample));
        Assert.Equal("二（一）6：在其家庭成员人均收入超过当地低保标准后给予3—6个月的渐退期", graduation.Cite);
        Assert.Contains("1120", graduation.Reason);
        Assert.Contains("2023-07-01", graduation.Reason);
    }

    [Fact]
    public void The_same_household_applying_for_the_first_time_exceeds_the_criteria()
    {
        var household = new CaseBuilder().Member(40, employment: Employments.Employed).Earns(0, 1_400m).Build();

        var evaluation = Evaluate(Catalog.Get("371100", "minimum_living"), household);

        Assert.Equal(Conclusions.ExceedsCriteria, evaluation.Conclusion);
        Assert.Null(evaluation.Graduation);
    }

    [Fact]
    public void A_recipient_nobody_in_whose_household_works_gets_no_graduation()
    {
        var household = new CaseBuilder().Member(66).Pension(0, 1_500m).Recipient(Since).Build();

        Assert.Equal(Conclusions.ExceedsCriteria, Evaluate(Catalog.Get("371100", "minimum_living"), household).Conclusion);
    }

    /// <summary>鲁山: 1,250 earned, 1,000 after the employment cost, within 1–1.5 × 720; 1,440 earned is 1,152, above 1,080.</summary>
    [Theory]
    [InlineData(1_250, Conclusions.Graduating)]
    [InlineData(1_440, Conclusions.ExceedsCriteria)]
    public void In_Lushan_only_income_within_one_and_a_half_times_the_standard_graduates(int earned, string conclusion)
    {
        var household = new CaseBuilder().Member(40, employment: Employments.Flexible).Earns(0, earned).Recipient(Since).Build();

        var evaluation = Evaluate(Catalog.Get("410423", "minimum_living"), household);

        Assert.Equal(conclusion, evaluation.Conclusion);
        if (conclusion == Conclusions.Graduating)
        {
            Assert.Equal((3, 6, true), (evaluation.Graduation!.MinMonths, evaluation.Graduation.MaxMonths, evaluation.Graduation.MonthsSample));
            Assert.StartsWith("二（三）10：在其家庭成员人均收入介于当地低保标准1至1.5倍时", evaluation.Graduation.Cite);
        }
    }

    [Fact]
    public void Another_failed_rule_rules_out_the_graduation()
    {
        var household = new CaseBuilder().Member(40, employment: Employments.Employed).Earns(0, 1_400m).Recipient(Since)
            .Vehicle(0, "car", 80_000m, "private").Build();

        var evaluation = Evaluate(Catalog.Get("371100", "minimum_living"), household);

        Assert.Equal(Conclusions.ExceedsCriteria, evaluation.Conclusion);
        Assert.Null(evaluation.Graduation);
    }

    /// <summary>
    /// 日照 has no upper bound on the band: a working recipient couple, the husband declared 一级 disabled, the wife earning
    /// 4,000 (2,000 each, too much for a household of one) still graduates rather than exceeding the criteria.
    /// </summary>
    [Fact]
    public void A_refused_single_person_assessment_does_not_take_the_graduation_away()
    {
        var household = new CaseBuilder().Member(52, disabilityGrade: 1).Member(50, "spouse", employment: Employments.Employed)
            .Earns(1, 4_000m).Certificate(0, 1).Recipient(Since).Build();

        var evaluation = Evaluate(Catalog.Get("371100", "minimum_living"), household);

        Assert.Equal(FindingOutcomes.Fail, evaluation.Findings.Single(f => f.Rule == SinglePersonHousehold.RuleId).Outcome);
        Assert.Equal(Conclusions.Graduating, evaluation.Conclusion);
        Assert.NotNull(evaluation.Graduation);
    }
}
