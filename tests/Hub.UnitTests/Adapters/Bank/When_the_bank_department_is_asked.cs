using Hub.Contracts.Identity;
using Hub.Adapters.Bank;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.Bank;
using Hub.Simulators.Faults;
using Hub.Simulators.Scenarios;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.Bank;

public sealed class When_the_bank_department_is_asked
{
    private static DateOnly Today => TimeProvider.System.Today();

    [Fact]
    public async Task It_maps_the_platforms_answer_exactly()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();
        string[] people = [TestIds.Adult(), TestIds.Adult(), TestIds.Adult(), TestIds.Adult(), TestIds.Child(),
            .. ScenarioBook.Households[Scenario.LargeBankBalance], .. ScenarioBook.Households[Scenario.MovedMoneyAway]];

        var records = (await harness.AnsweredAsync(AdapterHarness<BankAdapter>.Command(people))).Records;

        Assert.Equal(ExpectedAccounts(people), records.BankAccounts);
        Assert.Equal(ExpectedProducts(people), records.WealthProducts);
        Assert.Equal(ExpectedOutflows(people), records.LargeOutflows);
    }

    [Fact]
    public async Task The_report_never_carries_a_full_account_number()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();
        string[] people = [TestIds.Adult(), TestIds.Adult(), .. ScenarioBook.Households[Scenario.LargeBankBalance]];

        var accounts = (await harness.AnsweredAsync(AdapterHarness<BankAdapter>.Command(people))).Records.BankAccounts;

        Assert.All(accounts, a => Assert.Matches(@"^\*{4}[0-9]{4}$", a.AccountNumberMasked));
    }

    [Fact]
    public async Task It_submits_once_then_polls_the_ticket_until_the_banks_have_answered()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();
        var command = AdapterHarness<BankAdapter>.Command(TestIds.Adult(), TestIds.Adult());

        var answer = await harness.AnsweredAsync(command);

        var paths = (await harness.RequestsAsync(command.CaseRef)).Select(r => r.Path).ToList();
        Assert.Equal("/bank/inquiries", paths[0]);
        var polls = paths.Skip(1).ToList();
        Assert.InRange(polls.Count, 2, 3);
        Assert.All(polls, p => Assert.Matches("^/bank/inquiries/BQ[0-9a-f]{32}$", p));
        Assert.Single(polls.Distinct());
        Assert.Equal(paths.Count, answer.Attempts);
    }

    [Fact]
    public async Task A_failed_submission_is_not_repeated()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });

        var result = await harness.QueryAsync(AdapterHarness<BankAdapter>.Command(TestIds.Adult()));

        var failed = Assert.IsType<SourceCheckFailed>(result);
        Assert.Contains("503", failed.Reason);
        Assert.Equal(ReasonCodes.DepartmentError, failed.ReasonCode);
        Assert.Equal(1, failed.Attempts);
    }

    [Fact]
    public async Task Polling_stops_at_the_departments_timeout()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync("Timeout=00:00:00.2");

        var result = await harness.QueryAsync(AdapterHarness<BankAdapter>.Command(TestIds.Adult()));

        var failed = Assert.IsType<SourceCheckFailed>(result);
        Assert.Contains("no answer within 0.2 s", failed.Reason);
        Assert.Equal(ReasonCodes.DepartmentTimeout, failed.ReasonCode);
    }

    [Theory]
    [InlineData("""{"status":"processing"}""")]
    [InlineData("""{"status":"done","retCode":"E9999","subjects":[]}""")]
    [InlineData("""{"status":"done","retCode":"0000","subjects":[]}""")]
    [InlineData("""{"status":"done","retCode":"0000","subjects":[{"certNo":"OTHER","banks":[]}]}""")]
    [InlineData("""{"status":"done","retCode":"0000","subjects":[{"certNo":"ME","banks":[{"bankName":"中国农业银行","accounts":[{"acctNo":"6228480000000001234","acctKind":"07","balance":"1.00"}]}]}]}""")]
    [InlineData("""{"status":"done","retCode":"0000","subjects":[{"certNo":"ME","banks":[{"bankName":"中国农业银行","accounts":[{"acctNo":"6228480000000001234","acctKind":"01","balance":"1,00"}]}]}]}""")]
    [InlineData("""{"status":"done","retCode":"0000","subjects":[{"certNo":"ME","banks":[{"bankName":"中国农业银行","flows":[{"txnDate":"2026-01-01","amount":"60000.00"}]}]}]}""")]
    public void An_answer_it_cannot_trust_is_refused(string answer)
    {
        var command = AdapterHarness<BankAdapter>.Command("ME");

        Assert.Throws<Hub.Adapters.Sdk.UnreadableAnswerException>(() =>
            new BankAdapter(TimeProvider.System).Map(System.Text.Encoding.UTF8.GetBytes(answer), command));
    }

    [Fact]
    public async Task An_unknown_ticket_is_not_found()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();

        using var response = await harness.Admin.GetAsync("/bank/inquiries/BQ00000000000000000000000000000000");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_large_bank_balance_shows_deposits_and_a_wealth_product()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();

        var records = (await harness.AnsweredAsync(AdapterHarness<BankAdapter>.Command([.. ScenarioBook.Households[Scenario.LargeBankBalance]]))).Records;

        Assert.True(records.BankAccounts.Sum(a => a.BalanceCny) >= 300_000m);
        Assert.NotEmpty(records.WealthProducts);
        Assert.Empty(records.LargeOutflows);
    }

    [Fact]
    public async Task Money_moved_away_shows_as_large_outflows_within_six_months()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();

        var records = (await harness.AnsweredAsync(AdapterHarness<BankAdapter>.Command([.. ScenarioBook.Households[Scenario.MovedMoneyAway]]))).Records;

        Assert.True(records.BankAccounts.Sum(a => a.BalanceCny) < 10_000m);
        Assert.Equal([80_000m, 120_000m], records.LargeOutflows.Select(o => o.AmountCny));
        Assert.All(records.LargeOutflows, o => Assert.InRange(o.On, Today.AddMonths(-6), Today));
    }

    [Fact]
    public async Task An_eligible_household_has_only_small_current_accounts()
    {
        await using var harness = await AdapterHarness<BankAdapter>.StartAsync();

        var records = (await harness.AnsweredAsync(AdapterHarness<BankAdapter>.Command([.. ScenarioBook.Households[Scenario.Eligible]]))).Records;

        Assert.NotEmpty(records.BankAccounts);
        Assert.All(records.BankAccounts, a => Assert.Equal("current", a.AccountType));
        Assert.All(records.BankAccounts, a => Assert.True(a.BalanceCny < 5_000m));
        Assert.Empty(records.WealthProducts);
        Assert.Empty(records.LargeOutflows);
    }

    private static IEnumerable<(int Position, BankRelationship Bank)> Ledger(string[] idNumbers) =>
        idNumbers.SelectMany((id, position) => BankData.For(id, Today).Select(bank => (position, bank)));

    private static List<BankAccountRecord> ExpectedAccounts(string[] idNumbers) =>
        Ledger(idNumbers).SelectMany(x => x.Bank.Deposits.Select(d => new BankAccountRecord(
            x.Position, x.Bank.BankName, "****" + d.AccountNumber[^4..], BankAccountKinds.ToAccountType[d.KindCode], d.Balance))).ToList();

    private static List<WealthProductRecord> ExpectedProducts(string[] idNumbers) =>
        Ledger(idNumbers).SelectMany(x => x.Bank.Investments.Select(i => new WealthProductRecord(
            x.Position, x.Bank.BankName, i.ProductName, BankProductKinds.ToProductType[i.KindCode], i.MarketValue))).ToList();

    private static List<LargeOutflowRecord> ExpectedOutflows(string[] idNumbers) =>
        Ledger(idNumbers).SelectMany(x => x.Bank.Outflows.Select(o => new LargeOutflowRecord(
            x.Position, x.Bank.BankName, o.On, o.Amount, o.Counterparty))).ToList();
}
