using Hub.Contracts.Identity;
using System.Text;
using System.Text.Json;
using Hub.Adapters.MarketRegistration;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.MarketRegistration;
using Hub.Simulators.Scenarios;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.UnitTests.Adapters.MarketRegistration;

public sealed class When_the_market_registration_department_is_asked
{
    private static readonly string[] Owners = [.. ScenarioBook.Households[Scenario.OwnsBusiness]];

    [Fact]
    public async Task It_maps_the_registrys_answer_exactly()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync();
        string[] people =
        [
            TestIds.Adult(), TestIds.Adult(),
            AdultWhose(roles => roles.Any(r => r.RoleCode == RegistryCodes.Operator)),
            AdultWhose(roles => roles.Any(r => r.StatusCode == RegistryCodes.Deregistered)),
            AdultWhose(roles => roles.Any(r => r.StatusCode == RegistryCodes.Revoked)),
            .. Owners,
        ];

        var answer = await harness.AnsweredAsync(AdapterHarness<MarketRegistrationAdapter>.Command(people));

        Assert.Equal(Expected(people), answer.Records.EnterpriseRoles);
        Assert.Equal(1, answer.Attempts);
        Assert.Matches("^[0-9a-f]{64}$", answer.EvidenceSha256);
    }

    [Fact]
    public async Task The_business_owning_couple_hold_their_named_roles()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync();

        var roles = (await harness.AnsweredAsync(AdapterHarness<MarketRegistrationAdapter>.Command(Owners))).Records.EnterpriseRoles;

        Assert.All(roles, r => Assert.Equal((MarketRegistrationData.OwnedCompany, EnterpriseStatuses.Active), (r.EnterpriseName, r.Status)));
        Assert.Equal(
            [(0, EnterpriseRoles.LegalRepresentative, null), (0, EnterpriseRoles.Shareholder, 0.6m), (1, EnterpriseRoles.SeniorManager, null)],
            roles.Select(r => (r.MemberPosition, r.Role, r.Share)).ToList<(int, string, decimal?)>());
    }

    [Fact]
    public async Task An_eligible_household_holds_no_roles()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync();

        var answer = await harness.AnsweredAsync(AdapterHarness<MarketRegistrationAdapter>.Command([.. ScenarioBook.Households[Scenario.Eligible]]));

        Assert.Empty(answer.Records.EnterpriseRoles);
    }

    [Fact]
    public async Task Registered_capital_in_wan_yuan_is_reported_in_yuan()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync();
        var shopkeeper = AdultWhose(roles => roles.Any(r => r.RoleCode == RegistryCodes.Operator));

        var roles = (await harness.AnsweredAsync(AdapterHarness<MarketRegistrationAdapter>.Command([Owners[0], shopkeeper]))).Records.EnterpriseRoles;

        // The registry says 500 (万元); the company's capital is five million yuan, not five hundred.
        Assert.All(roles.Where(r => r.MemberPosition == 0), r => Assert.Equal(5_000_000m, r.RegisteredCapitalCny));
        var shop = Assert.Single(roles, r => r.MemberPosition == 1);
        Assert.InRange(shop.RegisteredCapitalCny, 50_000m, 200_000m);
        Assert.Equal(EnterpriseRoles.LegalRepresentative, shop.Role);
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_by_the_registry()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync("AppSecret=wrong-secret");

        var result = await harness.QueryAsync(AdapterHarness<MarketRegistrationAdapter>.Command(TestIds.Adult()));

        var failed = Assert.IsType<SourceCheckFailed>(result);
        Assert.Contains("401", failed.Reason);
    }

    [Fact]
    public async Task An_unsigned_request_is_refused_by_the_registry()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync("AppKey=", "AppSecret=");

        var result = await harness.QueryAsync(AdapterHarness<MarketRegistrationAdapter>.Command(TestIds.Adult()));

        var failed = Assert.IsType<SourceCheckFailed>(result);
        Assert.Contains("401", failed.Reason);
    }

    [Fact]
    public async Task With_adults_only_a_child_in_the_household_is_never_sent()
    {
        await using var harness = await AdapterHarness<RecordingAdapter>.StartAsync("Members=Adults");
        var child = TestIds.Child();
        var command = AdapterHarness<RecordingAdapter>.Command(Owners[0], child);

        var answer = await harness.AnsweredAsync(command);

        // The registry counted one person and answered for the adult alone.
        using var raw = JsonDocument.Parse(harness.Services.GetRequiredService<RecordingAdapter>().LastAnswer);
        Assert.Equal(1, raw.RootElement.GetProperty("cxrs").GetInt32());
        Assert.Equal([Owners[0]], raw.RootElement.GetProperty("jg").EnumerateArray().Select(p => p.GetProperty("zjhm").GetString()));
        Assert.All(answer.Records.EnterpriseRoles, r => Assert.Equal(0, r.MemberPosition));
        var journal = JsonSerializer.Serialize(await harness.RequestsAsync(command.CaseRef));
        Assert.Contains("roles/query", journal);
        Assert.DoesNotContain(child, journal);
        Assert.DoesNotContain(Owners[0], journal);
    }

    [Fact]
    public async Task With_adults_only_a_household_of_children_is_answered_without_asking_the_registry()
    {
        await using var harness = await AdapterHarness<MarketRegistrationAdapter>.StartAsync("Members=Adults");
        var command = AdapterHarness<MarketRegistrationAdapter>.Command(TestIds.Child(), TestIds.Child());

        var answer = await harness.AnsweredAsync(command);

        Assert.Empty(answer.Records.EnterpriseRoles);
        Assert.Equal(0, answer.Attempts);
        Assert.Empty(await harness.RequestsAsync(command.CaseRef));
    }

    [Theory]
    [InlineData("zwdm", "\"99\"", "unknown role code")]
    [InlineData("djzt", "\"5\"", "unknown registration status code")]
    [InlineData("bzdm", "\"840\"", "currency 840")]
    [InlineData("zczb", "\"五百\"", "registered capital is not a number")]
    [InlineData("czbl", "null", "shareholding")]
    [InlineData("tyshxydm", "\"91371702MA3C7K2P3K\"", "credit code")]
    public void An_answer_it_cannot_trust_is_unreadable(string field, string value, string reason)
    {
        var role = new Dictionary<string, string>
        {
            ["qymc"] = "\"菏泽市牡丹区鑫源商贸有限公司\"", ["tyshxydm"] = "\"91371702MA3C7K2P3J\"", ["zwdm"] = "\"20\"",
            ["czbl"] = "\"60.00\"", ["zczb"] = "\"500.0000\"", ["bzdm"] = "\"156\"", ["djzt"] = "\"1\"",
        };
        role[field] = value;
        var answer = $$"""{"fhdm":"00","cxrs":1,"jg":[{"zjhm":"{{Owners[0]}}","rzxx":[{{{string.Join(",", role.Select(f => $"\"{f.Key}\":{f.Value}"))}}}]}]}""";

        var error = Assert.Throws<UnreadableAnswerException>(() =>
            new MarketRegistrationAdapter().Map(Encoding.UTF8.GetBytes(answer), AdapterHarness<MarketRegistrationAdapter>.Command(Owners[0])));

        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("""{"fhdm":"10","fhxx":"请求参数错误","cxrs":0,"jg":[]}""", "code 10")]
    [InlineData("""{"fhdm":"00","cxrs":1,"jg":[{"zjhm":"110105194912310029","rzxx":[]}]}""", "not asked about")]
    [InlineData("""{"fhdm":"00","cxrs":0,"jg":[]}""", "every member")]
    [InlineData("""<html>""", "JSON")]
    public void An_answer_about_the_wrong_people_or_an_error_is_unreadable(string answer, string reason)
    {
        var error = Assert.Throws<UnreadableAnswerException>(() =>
            new MarketRegistrationAdapter().Map(Encoding.UTF8.GetBytes(answer), AdapterHarness<MarketRegistrationAdapter>.Command(Owners[0])));

        Assert.Contains(reason, error.Message);
    }

    /// <summary>An adult whose synthetic registry entry fits, found by trying generated ID numbers.</summary>
    private static string AdultWhose(Func<IReadOnlyList<RegisteredRole>, bool> fits)
    {
        var today = TimeProvider.System.Today();
        for (var tries = 0; tries < 1000; tries++)
            if (TestIds.Adult() is var id && fits(MarketRegistrationData.RolesOf(id, today)))
                return id;
        throw new InvalidOperationException("no generated adult fits");
    }

    private static List<EnterpriseRoleRecord> Expected(string[] idNumbers)
    {
        var today = TimeProvider.System.Today();
        return idNumbers.SelectMany((id, position) => MarketRegistrationData.RolesOf(id, today).Select(r => new EnterpriseRoleRecord(
            position, r.EnterpriseName, r.CreditCode, RegistryRoleCodes.ToRole[r.RoleCode], r.SharePercent / 100m,
            r.CapitalWan * MarketRegistrationAdapter.YuanPerWan, RegistryStatusCodes.ToStatus[r.StatusCode]))).ToList();
    }

    /// <summary>The real adapter, keeping the registry's last raw answer so a test can read what was asked and counted.</summary>
    private sealed class RecordingAdapter : ISourceAdapter
    {
        private readonly MarketRegistrationAdapter inner = new();

        public static string SourceCode => MarketRegistrationAdapter.SourceCode;

        public byte[] LastAnswer { get; private set; } = [];

        public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken) =>
            LastAnswer = await inner.FetchAsync(department, command, cancellationToken);

        public CanonicalRecords Map(byte[] answer, CheckSource command) => inner.Map(answer, command);
    }
}
