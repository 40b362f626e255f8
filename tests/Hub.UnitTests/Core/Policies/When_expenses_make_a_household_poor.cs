using Hub.Contracts.Api;
using Hub.Core.Catalog;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// 支出型困难家庭 (日照, 鲁山, 四川, 桓台): declared medical and education costs come off income before the test. A family
/// of three in 四川 (standard 760) earning 3,000 a month: 1,000 each, above the line; with 24,000 of medical costs and
/// 6,000 of school costs a year, 2,500 a month comes off and 166.67 each is left.
/// </summary>
public sealed class When_expenses_make_a_household_poor
{
    private static readonly PolicyPack Sichuan = PolicyCatalog.Load().Get("510000", HubCatalog.ExpenditureHardship);

    private static CaseBuilder Family() => new CaseBuilder().Member(42).Member(40, "spouse").Member(12, "child").Earns(0, 3_000m);

    [Fact]
    public void Declared_medical_and_education_costs_bring_income_below_the_line()
    {
        var evaluation = Evaluate(Sichuan, Family().Expenses(medical: 24_000m, education: 6_000m).Build());

        Assert.Equal([("medical_expenses", 2_000m), ("education_expenses", 500m)], evaluation.Income.Deductions.Select(d => (d.Kind, d.MonthlyCny)));
        Assert.All(evaluation.Income.Deductions, d => Assert.StartsWith("二（五）20：进一步完善最低生活保障、特困、低收入家庭和支出型贫困家庭认定办法", d.Cite));
        Assert.Equal(166.67m, evaluation.Income.NetMonthlyPerCapitaCny);
        Assert.Equal(Conclusions.MeetsCriteria, evaluation.Conclusion);
    }

    [Fact]
    public void Without_declared_costs_the_same_family_exceeds_the_line()
    {
        var evaluation = Evaluate(Sichuan, Family().Build());

        Assert.Empty(evaluation.Income.Deductions);
        Assert.Equal(Conclusions.ExceedsCriteria, evaluation.Conclusion);
    }

    [Theory]
    [InlineData("371100")]
    [InlineData("410423")]
    [InlineData("510000")]
    [InlineData("370321")]
    public void Every_jurisdiction_whose_document_names_it_has_a_pack(string jurisdiction)
    {
        var pack = PolicyCatalog.Load().Get(jurisdiction, HubCatalog.ExpenditureHardship);

        Assert.Contains(pack.Deductions!, d => d.Kind == DeductionKinds.MedicalExpenses && d.Cite is not null);
        Assert.Contains(pack.Deductions!, d => d.Kind == DeductionKinds.EducationExpenses && d.Cite is not null);
    }
}
