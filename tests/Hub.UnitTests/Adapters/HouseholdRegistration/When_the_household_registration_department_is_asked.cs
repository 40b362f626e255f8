using System.Globalization;
using System.Text;
using System.Text.Json;
using Hub.Adapters.HouseholdRegistration;
using Hub.Adapters.Sdk;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Core;
using Hub.Simulators.Faults;
using Hub.Simulators.HouseholdRegistration;
using Hub.Simulators.Scenarios;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.HouseholdRegistration;

public sealed class When_the_household_registration_department_is_asked
{
    private static CheckSource Command(params string[] idNumbers) => AdapterHarness<HouseholdRegistrationAdapter>.Command(idNumbers);

    [Fact]
    public async Task It_maps_the_registrys_answer_exactly()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync();
        string[] people = [TestIds.Make(new DateOnly(1966, 4, 2)), TestIds.Make(new DateOnly(1968, 9, 30)), TestIds.Adult(), TestIds.Child(),
            .. ScenarioBook.Households[Scenario.Eligible]];
        var command = Command(people);

        var answer = await harness.AnsweredAsync(command);

        Assert.Equal(Expected(command), answer.Records.RegisteredPersons);
        Assert.Equal(1, answer.Attempts);
        Assert.Equal([1, 2], answer.Records.RegisteredPersons.Select(p => p.Household).Distinct().Order());
    }

    [Fact]
    public async Task A_household_that_agrees_with_the_register_is_everyone_registered_once()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync();

        var persons = (await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Eligible]]))).Records.RegisteredPersons;

        Assert.Equal([0, 1, 2], persons.Select(p => p.MemberPosition));
        Assert.All(persons, p => Assert.Equal((1, RegistrationStatuses.Registered), (p.Household, p.Status)));
        Assert.Equal([RegistryRelations.Head, RegistryRelations.Spouse, RegistryRelations.Child], persons.Select(p => p.Relation));
    }

    [Fact]
    public async Task The_mismatch_household_shows_a_death_a_move_and_an_undeclared_daughter_masked()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync();

        var answer = await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.RegistryMismatch]]));

        Assert.Equal(
        [
            new RegisteredPersonRecord(1, 0, null, null, RegistryRelations.Head, RegistrationStatuses.Registered, new DateOnly(1983, 6, 12)),
            new RegisteredPersonRecord(1, 1, null, null, RegistryRelations.Spouse, RegistrationStatuses.Deceased, new DateOnly(2025, 3, 14)),
            new RegisteredPersonRecord(1, 2, null, null, RegistryRelations.Child, RegistrationStatuses.MovedOut, new DateOnly(2024, 9, 1)),
            new RegisteredPersonRecord(1, null, "郭*", "371702********2145", RegistryRelations.Child, RegistrationStatuses.Registered, new DateOnly(1989, 3, 3)),
        ], answer.Records.RegisteredPersons);
        var message = JsonSerializer.Serialize(answer, HubJson.Options);
        Assert.DoesNotContain(HouseholdRegistrationData.UndeclaredDaughter, message);
        Assert.DoesNotContain("郭秀英", message);
    }

    [Fact]
    public async Task Members_of_a_named_household_who_were_not_declared_are_reported_masked()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync();
        var eligible = ScenarioBook.Households[Scenario.Eligible];

        var persons = (await harness.AnsweredAsync(Command(eligible[0]))).Records.RegisteredPersons;

        Assert.Equal([0, null, null], persons.Select(p => p.MemberPosition));
        Assert.Equal([IdNumber.Mask(eligible[1]), IdNumber.Mask(eligible[2])], persons.Skip(1).Select(p => p.IdNumberMasked));
        Assert.All(persons.Skip(1), p => Assert.Matches("^.\\*$", p.NameMasked!));
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_by_the_registry()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync("AppSecret=wrong-secret");

        var result = await harness.QueryAsync(Command(TestIds.Adult()));

        Assert.Contains("401", Assert.IsType<SourceCheckFailed>(result).Reason);
    }

    [Fact]
    public async Task An_unsigned_request_is_refused_by_the_registry()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync("AppKey=", "AppSecret=");

        var result = await harness.QueryAsync(Command(TestIds.Adult()));

        Assert.Contains("401", Assert.IsType<SourceCheckFailed>(result).Reason);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_with_a_fresh_signature()
    {
        await using var harness = await AdapterHarness<HouseholdRegistrationAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });
        var command = Command([.. ScenarioBook.Households[Scenario.Eligible]]);

        var answer = await harness.AnsweredAsync(command);

        Assert.Equal(2, answer.Attempts);
        Assert.Equal(Expected(command), answer.Records.RegisteredPersons);
    }

    [Fact]
    public void A_person_the_registry_does_not_know_has_no_record()
    {
        var (a, b) = (Adults[0], Adults[1]);
        var answer = Answer($"[{{\"HH\":\"1\",\"HCY\":[{Resident(a, "02", "0")}]}}]", $"[\"{b}\"]");

        var persons = new HouseholdRegistrationAdapter().Map(answer, Command(a, b)).RegisteredPersons;

        Assert.Equal(0, Assert.Single(persons).MemberPosition);
    }

    [Fact]
    public void An_undeclared_name_with_a_rare_first_character_keeps_it_whole()
    {
        var a = Adults[0];
        var stranger = Adults[2];
        var answer = Answer($"[{{\"HH\":\"1\",\"HCY\":[{Resident(a, "02", "0")},{Resident(stranger, "30", "0", "𠮷田明")}]}}]", "[]");

        var persons = new HouseholdRegistrationAdapter().Map(answer, Command(a)).RegisteredPersons;

        Assert.Equal("𠮷*", persons[1].NameMasked);
        Assert.Equal(IdNumber.Mask(stranger), persons[1].IdNumberMasked);
    }

    private static readonly string[] Adults =
        [TestIds.Make(new DateOnly(1971, 2, 3), "371702", 501), TestIds.Make(new DateOnly(1973, 4, 5), "371702", 502), TestIds.Make(new DateOnly(1995, 6, 7), "371702", 504)];

    public static TheoryData<string, string> Unreadable => new()
    {
        { "not json", "<HJXX/>" },
        { "error code", "{\"FHDM\":\"-1\",\"FHXX\":\"请求参数错误\",\"HJXX\":[],\"WCXRY\":[]}" },
        { "member missing", Household([Resident("{A}", "02", "0")]) },
        { "stranger not found", Household([Resident("{A}", "02", "0"), Resident("{B}", "12", "0")], notFound: "11010519491231002X") },
        { "found and not found", Household([Resident("{A}", "02", "0"), Resident("{B}", "12", "0")], notFound: "{B}") },
        { "twice in a household", Household([Resident("{A}", "02", "0"), Resident("{B}", "12", "0"), Resident("{B}", "12", "0")]) },
        { "unknown relation", Household([Resident("{A}", "户主", "0"), Resident("{B}", "12", "0")]) },
        { "unknown status", Household([Resident("{A}", "02", "9"), Resident("{B}", "12", "0")]) },
        { "no ID number", Household([Resident("{A}", "02", "0"), Resident("{B}", "12", "0"), Resident("", "20", "0")]) },
        { "bad date", Household([Resident("{A}", "02", "0"), Resident("{B}", "12", "0").Replace("19900101", "1990-01-01")]) },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void An_answer_it_cannot_trust_is_unreadable(string why, string answer)
    {
        var (a, b) = (Adults[0], Adults[1]);
        var bytes = Encoding.UTF8.GetBytes(answer.Replace("{A}", a).Replace("{B}", b));

        var ex = Assert.Throws<UnreadableAnswerException>(() => new HouseholdRegistrationAdapter().Map(bytes, Command(a, b)));
        Assert.False(string.IsNullOrEmpty(ex.Message), why);
        Assert.DoesNotContain(a, ex.Message);
    }

    private static string Resident(string id, string relation, string status, string name = "某某") =>
        $"{{\"GMSFHM\":\"{id}\",\"XM\":\"{name}\",\"YHZGX\":\"{relation}\",\"HKZT\":\"{status}\",\"BDRQ\":\"19900101\"}}";

    private static string Household(string[] residents, string? notFound = null) =>
        $"{{\"FHDM\":\"1\",\"FHXX\":\"查询成功\",\"HJXX\":[{{\"HH\":\"1\",\"HJDZ\":\"某地\",\"HCY\":[{string.Join(",", residents)}]}}],"
        + $"\"WCXRY\":[{(notFound is null ? "" : $"\"{notFound}\"")}]}}";

    private static byte[] Answer(string households, string notFound) =>
        Encoding.UTF8.GetBytes($"{{\"FHDM\":\"1\",\"FHXX\":\"查询成功\",\"HJXX\":{households},\"WCXRY\":{notFound}}}");

    /// <summary>What the register holds for these people, as the adapter reports it: the undeclared masked.</summary>
    private static List<RegisteredPersonRecord> Expected(CheckSource command)
    {
        var positions = command.Members.ToDictionary(m => m.IdNumber, m => m.Position);
        return HouseholdRegistrationData.For(command.Members.Select(m => (m.IdNumber, m.Name)).ToList())
            .SelectMany((household, h) => household.Residents.Select(r => positions.TryGetValue(r.IdNumber, out var position)
                ? new RegisteredPersonRecord(h + 1, position, null, null, Relation(r.RelationCode), Status(r.StatusCode), r.ChangedOn)
                : new RegisteredPersonRecord(h + 1, null, r.Name[..1] + "*", IdNumber.Mask(r.IdNumber), Relation(r.RelationCode), Status(r.StatusCode), r.ChangedOn)))
            .ToList();
    }

    private static string Relation(string code) => RelationCodes.RelationOf(code)!;
    private static string Status(string code) => RegistrationStatusCodes.ToStatus[code];
}
