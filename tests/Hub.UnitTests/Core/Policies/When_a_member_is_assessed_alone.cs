using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// 单人户 (日照, 鲁山, 四川): a severely disabled or seriously ill member of a low-income household, marked in the request,
/// is assessed alone. A couple in 日照 (standard 1,010): the husband declared 一级 disabled, the wife earning 3,000 a month.
/// Together, after the employment cost, they have 1,200 each (not below 1,010); as a household of one he has nothing.
/// </summary>
public sealed class When_a_member_is_assessed_alone
{
    private static readonly PolicyPack Rizhao = PolicyCatalog.Load().Get("371100", "minimum_living");

    private static CaseBuilder Couple(decimal wifeEarns = 3_000m) =>
        new CaseBuilder().Member(52, disabilityGrade: 1).Member(50, "spouse").Earns(1, wifeEarns);

    [Fact]
    public void A_confirmed_severe_disability_separates_the_member_and_the_report_says_why()
    {
        var evaluation = Evaluate(Rizhao, Couple().Certificate(0, 1).Build());

        Assert.Equal([new SeparatedMember(0, "重度残疾（一级）", DeclarationChecks.Confirmed)], evaluation.Income.SeparatedMembers);
        Assert.Equal([0], evaluation.Income.AssessedMembers);
        Assert.Equal(0m, evaluation.Income.NetMonthlyPerCapitaCny);
        var separation = evaluation.Findings.Single(f => f.Rule == SinglePersonHousehold.RuleId);
        Assert.Equal((FindingOutcomes.Pass, 1_500m, 1_515m), (separation.Outcome, separation.Value!.Value, separation.Threshold!.Value));
        Assert.StartsWith("二（一）1：对低收入家庭中的重残人员、重病患者等特殊困难人员", separation.Cite);
        Assert.Contains("成员1按单人户核算", separation.Reason);
        Assert.Equal(DeclarationChecks.Confirmed, evaluation.Declarations.Single().Check);
        Assert.Equal(Conclusions.MeetsCriteria, evaluation.Conclusion);
    }

    [Fact]
    public void Without_separation_the_same_couple_exceeds_the_line()
    {
        var evaluation = Evaluate(Rizhao, new CaseBuilder().Member(52).Member(50, "spouse").Earns(1, 3_000m).Build());

        Assert.Empty(evaluation.Income.SeparatedMembers);
        Assert.Equal(1_200m, evaluation.Income.NetMonthlyPerCapitaCny);
        Assert.Equal(Conclusions.ExceedsCriteria, evaluation.Conclusion);
    }

    [Fact]
    public void A_household_that_is_not_low_income_keeps_its_members_together()
    {
        var evaluation = Evaluate(Rizhao, Couple(wifeEarns: 4_000m).Certificate(0, 1).Build());

        Assert.Empty(evaluation.Income.SeparatedMembers);
        var separation = evaluation.Findings.Single(f => f.Rule == SinglePersonHousehold.RuleId);
        Assert.Equal((FindingOutcomes.Fail, 2_000m), (separation.Outcome, separation.Value!.Value));
        Assert.Equal(Conclusions.ExceedsCriteria, evaluation.Conclusion);
    }

    [Fact]
    public void A_grade_the_federation_cannot_confirm_separates_provisionally_and_needs_review()
    {
        var household = Couple().Without(HouseholdMetricSources.Disability).Build();

        var evaluation = Evaluate(Rizhao, household);

        Assert.Equal(DeclarationChecks.Unverifiable, evaluation.Income.SeparatedMembers.Single().Check);
        Assert.Equal(FindingOutcomes.NeedsReview, evaluation.Findings.Single(f => f.Rule == SinglePersonHousehold.RuleId).Outcome);
        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
    }

    [Fact]
    public void A_grade_the_records_contradict_does_not_separate_and_needs_review()
    {
        var evaluation = Evaluate(Rizhao, Couple().Certificate(0, 3).Build());

        Assert.Empty(evaluation.Income.SeparatedMembers);
        var check = evaluation.Declarations.Single();
        Assert.Equal((DeclarationChecks.Contradicted, "残疾等级一级"), (check.Check, check.Declared));
        Assert.Contains("三级", check.Detail);
        var separation = evaluation.Findings.Single(f => f.Rule == SinglePersonHousehold.RuleId);
        Assert.Equal(FindingOutcomes.NeedsReview, separation.Outcome);
        Assert.Contains("不按单人户核算", separation.Reason);
        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
    }

    [Fact]
    public void A_declared_serious_illness_separates_but_the_office_checks_the_diagnosis()
    {
        var household = new CaseBuilder().Member(52, seriousIllness: true).Member(50, "spouse").Earns(1, 3_000m).Build();

        var evaluation = Evaluate(Rizhao, household);

        Assert.Equal([new SeparatedMember(0, "重病", DeclarationChecks.Unverifiable)], evaluation.Income.SeparatedMembers);
        Assert.Equal(DeclarationChecks.Unverifiable, evaluation.Declarations.Single().Check);
        Assert.Equal(Conclusions.NeedsReview, evaluation.Conclusion);
    }

    [Fact]
    public void A_mild_disability_declared_for_information_asks_for_nothing()
    {
        var household = new CaseBuilder().Member(52, disabilityGrade: 4).Member(50, "spouse").Earns(1, 1_500m).Certificate(0, 4).Build();

        var evaluation = Evaluate(Rizhao, household);

        Assert.DoesNotContain(evaluation.Findings, f => f.Rule == SinglePersonHousehold.RuleId);
        Assert.Equal(DeclarationChecks.Confirmed, evaluation.Declarations.Single().Check);
        Assert.Equal(Conclusions.MeetsCriteria, evaluation.Conclusion);
    }

    /// <summary>菏泽's document has no 单人户: the mark is checked and reported, but nobody is separated.</summary>
    [Fact]
    public void A_pack_without_single_person_households_separates_nobody()
    {
        var evaluation = Evaluate(PolicyCatalog.Load().Get("371700", "minimum_living"), Couple().Certificate(0, 1).Build());

        Assert.Empty(evaluation.Income.SeparatedMembers);
        Assert.DoesNotContain(evaluation.Findings, f => f.Rule == SinglePersonHousehold.RuleId);
        Assert.Equal(DeclarationChecks.Confirmed, evaluation.Declarations.Single().Check);
    }
}
