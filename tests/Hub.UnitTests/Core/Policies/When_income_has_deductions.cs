using Hub.Contracts.Api;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>必要的就业成本 and 刚性支出 come off gross income before the test, each on its own line.</summary>
public sealed class When_income_has_deductions
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    [Fact]
    public void Rizhao_takes_the_employment_cost_off_each_workers_earnings()
    {
        var household = new CaseBuilder().Member(45, employment: Employments.Employed).Member(44, "spouse").Earns(0, 2_500m).Build();

        var income = Evaluate(Catalog.Get("371100", "minimum_living"), household).Income;

        Assert.Equal(2_500m, income.GrossMonthlyCny);
        var cost = Assert.Single(income.Deductions);
        Assert.Equal(("employment_cost", "必要的就业成本", 500m, true), (cost.Kind, cost.Label, cost.MonthlyCny, cost.Sample));
        Assert.Equal("二（一）1：核减困难家庭因残疾、患重病等增加的刚性支出、必要的就业成本", cost.Cite);
        Assert.Contains("成员1", cost.Basis);
        Assert.Equal(2_000m, income.NetMonthlyCny);
        Assert.Equal(1_000m, income.NetMonthlyPerCapitaCny);
    }

    [Fact]
    public void Rizhao_takes_declared_medical_costs_off_as_rigid_expenses()
    {
        var household = new CaseBuilder().Member(58).Member(56, "spouse").Pension(1, 2_400m).Expenses(medical: 14_400m).Build();

        var evaluation = Evaluate(Catalog.Get("371100", "minimum_living"), household);

        var rigid = Assert.Single(evaluation.Income.Deductions);
        Assert.Equal(("medical_expenses", 1_200m), (rigid.Kind, rigid.MonthlyCny));
        Assert.Contains("14400", rigid.Basis);
        Assert.Equal(1_200m, evaluation.Income.NetMonthlyCny);
        Assert.Contains("扣除", evaluation.Findings.Single(f => f.Rule == "income").Description);
    }

    /// <summary>鲁山 grants the employment cost to 低保对象: in a recheck, not at first application.</summary>
    [Fact]
    public void Lushan_grants_the_employment_cost_to_recipients_only()
    {
        var builder = () => new CaseBuilder().Member(40, employment: Employments.Flexible).Earns(0, 1_000m);
        var pack = Catalog.Get("410423", "minimum_living");

        var applying = Evaluate(pack, builder().Build()).Income;
        var recheck = Evaluate(pack, builder().Recipient(new DateOnly(2024, 3, 1)).Build()).Income;

        Assert.Empty(applying.Deductions);
        Assert.Equal(1_000m, applying.NetMonthlyPerCapitaCny);
        Assert.Equal(200m, recheck.Deductions.Single().MonthlyCny);
        Assert.Equal("二（三）10：对已就业的低保对象，在核算其家庭收入时扣减必要的就业成本", recheck.Deductions.Single().Cite);
    }

    [Fact]
    public void A_fixed_employment_cost_never_exceeds_the_earnings()
    {
        var shipped = Catalog.Get("371100", "minimum_living");
        var pack = shipped with
        {
            Deductions = [new PolicyDeduction("employment_cost", MonthlyAmount: new PolicyParameter(300m, Sample: true), Sample: true)],
        };
        var household = new CaseBuilder().Member(40).Member(38, "spouse").Earns(0, 2_000m).Earns(1, 200m, category: "labor_remuneration").Build();

        var cost = Evaluate(pack, household).Income.Deductions.Single();

        Assert.Equal(500m, cost.MonthlyCny);
        Assert.Contains("每名就业成员每月300元", cost.Basis);
    }

    [Fact]
    public void Net_income_never_goes_below_zero()
    {
        var household = new CaseBuilder().Member(60).Pension(0, 500m).Expenses(medical: 60_000m).Build();

        var income = Evaluate(Catalog.Get("371100", "minimum_living"), household).Income;

        Assert.Equal(5_000m, income.Deductions.Single().MonthlyCny);
        Assert.Equal(0m, income.NetMonthlyCny);
    }
}
