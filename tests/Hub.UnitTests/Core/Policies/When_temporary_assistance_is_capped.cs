using Hub.Contracts.Api;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>临时救助 caps are the usual ceiling: a recorded 一事一议 decision may exceed them.</summary>
public sealed class When_temporary_assistance_is_capped
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    [Fact]
    public void Huantai_caps_are_multiples_of_the_urban_standard_that_a_case_by_case_decision_may_exceed()
    {
        var policy = Evaluate(Catalog.Get("370321", "temporary"), new CaseBuilder().Member(50).Rural().Build()).Policy;

        const string caseByCase = "五：可“一事一议”适度提高临时救助标准";
        Assert.Equal(
            [
                new TemporaryAssistanceCap("患重特大疾病的支出型救助对象", 3m, 12m, 3_150m, 12_600m, true, caseByCase),
                new TemporaryAssistanceCap("因子女自负教育费用负担过重的支出型救助对象", 3m, 6m, 3_150m, 6_300m, true, caseByCase),
            ],
            policy.TemporaryCaps);
        Assert.Null(policy.RecheckMonths);
    }

    [Theory]
    [InlineData("371100", "二（一）8：对于重大生活困难的,可一事一议适度提高临时救助标准")]
    [InlineData("410423", "二（四）13：对遭遇重大生活困难的，可采用“一事一议”方式适度提高临时救助标准")]
    [InlineData("510000", "二（一）3：必要时采取“一事一议”方式，适当提高临时救助标准")]
    [InlineData("371700", null)]
    public void Every_cap_may_be_exceeded_by_a_recorded_decision(string jurisdiction, string? cite)
    {
        var pack = Catalog.Get(jurisdiction, "temporary");

        var caps = Evaluate(pack, new CaseBuilder().Member(50).Build()).Policy.TemporaryCaps;

        Assert.All(caps, c => Assert.Equal((true, cite), (c.CaseByCase, c.CaseByCaseCite)));
        Assert.Equal(cite is null, pack.CaseByCase!.Sample);
    }
}
