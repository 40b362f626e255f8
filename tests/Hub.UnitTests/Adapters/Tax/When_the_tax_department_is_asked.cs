using Hub.Contracts.Identity;
using Hub.Adapters.Tax;
using Hub.Contracts.Records;
using Hub.Simulators.Scenarios;
using Hub.Simulators.Tax;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.Tax;

public sealed class When_the_tax_department_is_asked
{
    [Fact]
    public async Task It_maps_the_departments_answer_exactly()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync();
        string[] people = [TestIds.Adult(), TestIds.Adult(), .. ScenarioBook.Households[Scenario.HighIncome]];

        var answer = await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(people));

        Assert.Equal(Expected(people), answer.Records.Income);
        Assert.Equal(1, answer.Attempts);
        Assert.Matches("^[0-9a-f]{64}$", answer.EvidenceSha256);
    }

    [Fact]
    public async Task Scenario_households_have_their_named_income()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync();
        var eligible = ScenarioBook.Households[Scenario.Eligible];
        var high = ScenarioBook.Households[Scenario.HighIncome];

        Assert.Empty((await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command([.. eligible]))).Records.Income);
        var income = (await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command([.. high]))).Records.Income;
        Assert.All(income.Where(i => i.Category == IncomeCategories.Wages), i => Assert.True(i.AmountCny >= 9000m));
    }

    [Fact]
    public async Task An_unsigned_request_is_refused_by_the_department()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync("AppSecret=wrong-secret");

        var result = await harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));

        var failed = Assert.IsType<Hub.Contracts.Messages.SourceCheckFailed>(result);
        Assert.Contains("401", failed.Reason);
        Assert.Equal(Hub.Contracts.Messages.ReasonCodes.DepartmentError, failed.ReasonCode);
    }

    private static List<IncomeRecord> Expected(string[] idNumbers)
    {
        var today = TimeProvider.System.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return idNumbers.SelectMany((id, position) => TaxData.For(id, thisMonth.AddMonths(-12), thisMonth.AddMonths(-1))
            .Select(i => new IncomeRecord(position, TaxItemCodes.ToCategory[i.ItemCode], i.Period, i.Amount, i.WithholdingAgent))).ToList();
    }
}
