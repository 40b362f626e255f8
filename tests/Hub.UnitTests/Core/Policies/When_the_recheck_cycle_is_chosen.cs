using Hub.Contracts.Api;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// 鲁山 二（二）6, 四川 二（五）20: half-yearly when income is unstable and a member can work, otherwise yearly; the report
/// says which and why.
/// </summary>
public sealed class When_the_recheck_cycle_is_chosen
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();
    private static PolicyPack Lushan => Catalog.Get("410423", "minimum_living");

    [Fact]
    public void A_flexible_worker_is_rechecked_every_six_months()
    {
        var household = new CaseBuilder().Member(40, employment: Employments.Flexible).Member(38, "spouse").Earns(0, 400m).Build();

        var recheck = Evaluate(Lushan, household).Recheck!;

        Assert.Equal((6, false), (recheck.Months, recheck.Sample));
        Assert.Equal("二（二）6：对收入来源不固定、家庭成员有劳动能力的低保家庭，每半年核查一次", recheck.Cite);
        Assert.Contains("成员1申报灵活就业", recheck.Reason);
        Assert.Contains("有劳动能力", recheck.Reason);
    }

    [Theory]
    [InlineData(7, "labor_remuneration", "近12个月中7个月有劳动收入")]
    [InlineData(12, "labor_remuneration", "劳务报酬所得")]
    public void Earnings_in_some_months_only_or_by_the_job_are_unstable(int months, string category, string reason)
    {
        var household = new CaseBuilder().Member(40).Earns(0, 300m, months, category).Build();

        var recheck = Evaluate(Lushan, household).Recheck!;

        Assert.Equal(6, recheck.Months);
        Assert.Contains(reason, recheck.Reason);
    }

    [Fact]
    public void A_steady_wage_is_rechecked_yearly()
    {
        var recheck = Evaluate(Lushan, new CaseBuilder().Member(40).Earns(0, 500m).Build()).Recheck!;

        Assert.Equal(12, recheck.Months);
        Assert.Equal("二（二）6：对特困人员、短期内经济状况变化不大的低保家庭，每年核查一次", recheck.Cite);
        Assert.Contains("收入记录稳定", recheck.Reason);
    }

    [Fact]
    public void Members_who_cannot_work_are_rechecked_yearly_whatever_their_income()
    {
        var household = new CaseBuilder().Member(70, employment: Employments.Flexible).Member(15, "child").Earns(0, 300m, 5, "labor_remuneration").Build();

        var recheck = Evaluate(Lushan, household).Recheck!;

        Assert.Equal(12, recheck.Months);
        Assert.Contains("均无劳动能力", recheck.Reason);
    }

    [Fact]
    public void Where_the_cycles_are_samples_the_report_says_so()
    {
        var recheck = Evaluate(Catalog.Get("371100", "minimum_living"), new CaseBuilder().Member(40, employment: Employments.SelfEmployed).Build()).Recheck!;

        Assert.Equal((6, true, null), (recheck.Months, recheck.Sample, recheck.Cite));
    }

    [Fact]
    public void Extreme_poverty_is_rechecked_yearly_and_temporary_assistance_not_at_all()
    {
        var household = new CaseBuilder().Member(40, employment: Employments.Flexible).Build();

        Assert.Equal(12, Evaluate(Catalog.Get("510000", "extreme_poverty"), household).Recheck!.Months);
        Assert.Null(Evaluate(Catalog.Get("510000", "temporary"), household).Recheck);
    }
}
