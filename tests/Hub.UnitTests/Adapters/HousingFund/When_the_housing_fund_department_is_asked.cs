using Hub.Adapters.HousingFund;
using Hub.Contracts.Records;
using Hub.Simulators.Faults;
using Hub.Simulators.HousingFund;
using Hub.Simulators.Scenarios;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.HousingFund;

public sealed class When_the_housing_fund_department_is_asked
{
    [Fact]
    public async Task It_maps_the_centers_answer_exactly()
    {
        await using var harness = await AdapterHarness<HousingFundAdapter>.StartAsync();
        string[] people = [TestIds.Adult(), TestIds.Adult(), TestIds.Adult(), TestIds.Adult(), TestIds.Adult(), TestIds.Adult(),
            .. ScenarioBook.Households[Scenario.HousingFundContributor], .. ScenarioBook.Households[Scenario.Eligible]];

        var answer = await harness.AnsweredAsync(AdapterHarness<HousingFundAdapter>.Command(people));

        Assert.Equal(Expected(people), answer.Records.HousingFundAccounts);
        Assert.Equal(1, answer.Attempts);
    }

    [Fact]
    public async Task A_contributor_has_an_active_account_with_a_substantial_monthly_contribution()
    {
        await using var harness = await AdapterHarness<HousingFundAdapter>.StartAsync();

        var accounts = (await harness.AnsweredAsync(AdapterHarness<HousingFundAdapter>.Command(
            [.. ScenarioBook.Households[Scenario.HousingFundContributor]]))).Records.HousingFundAccounts;

        var account = Assert.Single(accounts);
        Assert.Equal(HousingFundStatuses.Active, account.AccountStatus);
        Assert.True(account.MonthlyContributionCny >= 2_000m);
        Assert.NotEmpty(account.Employer);
    }

    [Fact]
    public async Task An_eligible_household_has_no_account_or_only_closed_ones()
    {
        await using var harness = await AdapterHarness<HousingFundAdapter>.StartAsync();

        var accounts = (await harness.AnsweredAsync(AdapterHarness<HousingFundAdapter>.Command(
            [.. ScenarioBook.Households[Scenario.Eligible]]))).Records.HousingFundAccounts;

        Assert.All(accounts, a => Assert.Equal(HousingFundStatuses.Closed, a.AccountStatus));
        Assert.All(accounts, a => Assert.Equal(0m, a.MonthlyContributionCny));
    }

    [Fact]
    public async Task The_query_is_repeated_after_a_transient_failure()
    {
        await using var harness = await AdapterHarness<HousingFundAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });
        string[] people = [TestIds.Adult()];

        var answer = await harness.AnsweredAsync(AdapterHarness<HousingFundAdapter>.Command(people));

        Assert.Equal(2, answer.Attempts);
        Assert.Equal(Expected(people), answer.Records.HousingFundAccounts);
    }

    [Fact]
    public async Task Id_numbers_stay_out_of_the_url()
    {
        await using var harness = await AdapterHarness<HousingFundAdapter>.StartAsync();
        var command = AdapterHarness<HousingFundAdapter>.Command(TestIds.Adult());

        await harness.AnsweredAsync(command);

        var request = Assert.Single(await harness.RequestsAsync(command.CaseRef));
        Assert.Equal("/housing_fund/accounts/query", request.Path);
    }

    [Theory]
    [InlineData("""not json""")]
    [InlineData("""{"fhm":"1001","fhxx":"请求参数错误","jg":[]}""")]
    [InlineData("""{"fhm":"0000","jg":[]}""")]
    [InlineData("""{"fhm":"0000","jg":[{"zjhm":"OTHER","zhxx":[]}]}""")]
    [InlineData("""{"fhm":"0000","jg":[{"zjhm":"ME","zhxx":[{"grzhzt":"03","dwmc":"某公司","dwyjce":"100.00","gryjce":"100.00","grzhye":"1.00"}]}]}""")]
    [InlineData("""{"fhm":"0000","jg":[{"zjhm":"ME","zhxx":[{"grzhzt":"01","dwmc":"某公司","dwyjce":"一百","gryjce":"100.00","grzhye":"1.00"}]}]}""")]
    public void An_answer_it_cannot_trust_is_refused(string answer)
    {
        var command = AdapterHarness<HousingFundAdapter>.Command("ME");

        Assert.Throws<Hub.Adapters.Sdk.UnreadableAnswerException>(() =>
            new HousingFundAdapter().Map(System.Text.Encoding.UTF8.GetBytes(answer), command));
    }

    private static List<HousingFundRecord> Expected(string[] idNumbers) =>
        idNumbers.SelectMany((id, position) => HousingFundData.For(id).Select(a => new HousingFundRecord(
            position, HousingFundStatusCodes.ToStatus[a.StatusCode], a.Employer, a.EmployerMonthly + a.EmployeeMonthly, a.Balance))).ToList();
}
