using System.Text;
using Hub.Adapters.Sdk;
using Hub.Adapters.Vehicle;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.Faults;
using Hub.Simulators.Scenarios;
using Hub.Simulators.Vehicle;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.Vehicle;

public sealed class When_the_vehicle_department_is_asked
{
    private static CheckSource Command(params string[] idNumbers) => AdapterHarness<VehicleAdapter>.Command(idNumbers);

    /// <summary>Fixed adults from all five jurisdictions: together they own every vehicle type and use the simulator writes.</summary>
    private static readonly string[] Regions = ["371702", "371102", "410423", "510107", "370321"];

    private static readonly string[] Adults = [.. Enumerable.Range(0, 40).Select(i =>
        TestIds.Make(new DateOnly(1960 + i, 1 + i % 12, 1 + i % 28), Regions[i % 5], 200 + i))];

    [Fact]
    public async Task It_maps_the_registrys_answer_exactly()
    {
        await using var harness = await AdapterHarness<VehicleAdapter>.StartAsync();
        string[] people = [.. Adults, TestIds.Adult(), TestIds.Adult(), TestIds.Child(), .. ScenarioBook.Households[Scenario.OwnsCar], .. ScenarioBook.Households[Scenario.DisabilityVehicle]];

        var answer = await harness.AnsweredAsync(Command(people));

        var expected = Expected(people);
        Assert.Equal(expected, answer.Records.Vehicles);
        Assert.Equal(1, answer.Attempts);
        Assert.Matches("^[0-9a-f]{64}$", answer.EvidenceSha256);
        Assert.Equal(new[] { VehicleTypes.Agricultural, VehicleTypes.Car, VehicleTypes.Motorcycle, VehicleTypes.Tricycle, VehicleTypes.Truck },
            expected.Select(v => v.VehicleType).Distinct().Order());
        Assert.Equal(new[] { VehicleUses.Commercial, VehicleUses.Disabled, VehicleUses.Private, VehicleUses.ProductionTool },
            expected.Select(v => v.Use).Distinct().Order());
    }

    [Fact]
    public async Task Scenario_households_have_their_named_vehicles()
    {
        await using var harness = await AdapterHarness<VehicleAdapter>.StartAsync();

        var car = Assert.Single((await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.OwnsCar]]))).Records.Vehicles);
        Assert.Equal(VehicleTypes.Car, car.VehicleType);
        Assert.InRange(car.ValueCny, 60_000m, 120_000m);
        Assert.Equal(VehicleUses.Private, car.Use);

        var mobility = Assert.Single((await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.DisabilityVehicle]]))).Records.Vehicles);
        Assert.Equal(VehicleUses.Disabled, mobility.Use);
        Assert.True(mobility.ValueCny < 10_000m);

        Assert.Empty((await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Eligible]]))).Records.Vehicles);
        Assert.Empty((await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.TwoHouses]]))).Records.Vehicles);
    }

    [Fact]
    public async Task A_transient_failure_is_retried()
    {
        await using var harness = await AdapterHarness<VehicleAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });

        var answer = await harness.AnsweredAsync(Command(Adults[0]));

        Assert.Equal(2, answer.Attempts);
    }

    [Fact]
    public void It_reads_what_the_registry_writes()
    {
        var (a, b) = (Adults[0], Adults[1]);
        var json = $$"""
            {"code":"00","msg":"查询成功","jg":[
              {"sfzmhm":"{{a}}","jdcxx":[
                {"hphm":"鲁RA1234","cllx":"K33","cllxmc":"小型轿车","ccdjrq":"2019-05-12","pgjz":"85000.00","syxz":"非营运"},
                {"hphm":"鲁R5B678","cllx":"H51","cllxmc":"普通低速货车","ccdjrq":"2011-03-01","pgjz":"9000","syxz":"生产工具"}]},
              {"sfzmhm":"{{b}}","jdcxx":[]}]}
            """;

        var records = new VehicleAdapter().Map(Encoding.UTF8.GetBytes(json), Command(a, b)).Vehicles;

        Assert.Equal(new[]
        {
            new VehicleRecord(0, "鲁RA1234", VehicleTypes.Car, new DateOnly(2019, 5, 12), 85000m, VehicleUses.Private),
            new VehicleRecord(0, "鲁R5B678", VehicleTypes.Agricultural, new DateOnly(2011, 3, 1), 9000m, VehicleUses.ProductionTool),
        }, records);
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "not json", "<response/>" },
        { "error code", """{"code":"10","msg":"请求参数错误","jg":[]}""" },
        { "member missing", """{"code":"00","jg":[{"sfzmhm":"{A}","jdcxx":[]}]}""" },
        { "stranger", """{"code":"00","jg":[{"sfzmhm":"{A}"},{"sfzmhm":"{B}"},{"sfzmhm":"11010519491231002X"}]}""" },
        { "person twice", """{"code":"00","jg":[{"sfzmhm":"{A}"},{"sfzmhm":"{A}"}]}""" },
        { "unknown type", Answer("""{"hphm":"鲁RA1234","cllx":"G11","ccdjrq":"2019-05-12","pgjz":"1000.00","syxz":"非营运"}""") },
        { "malformed type", Answer("""{"hphm":"鲁RA1234","cllx":"K3","ccdjrq":"2019-05-12","pgjz":"1000.00","syxz":"非营运"}""") },
        { "no plate", Answer("""{"hphm":" ","cllx":"K33","ccdjrq":"2019-05-12","pgjz":"1000.00","syxz":"非营运"}""") },
        { "bad value", Answer("""{"hphm":"鲁RA1234","cllx":"K33","ccdjrq":"2019-05-12","pgjz":"-5","syxz":"非营运"}""") },
        { "bad date", Answer("""{"hphm":"鲁RA1234","cllx":"K33","ccdjrq":"20190512","pgjz":"1000.00","syxz":"非营运"}""") },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void An_answer_it_cannot_trust_is_unreadable(string why, string answer)
    {
        var bytes = Encoding.UTF8.GetBytes(answer.Replace("{A}", Adults[0]).Replace("{B}", Adults[1]));

        var ex = Assert.Throws<UnreadableAnswerException>(() => new VehicleAdapter().Map(bytes, Command(Adults[0], Adults[1])));
        Assert.False(string.IsNullOrEmpty(ex.Message), why);
    }

    [Theory]
    [InlineData("K33", VehicleTypes.Car)]
    [InlineData("K11", VehicleTypes.Car)]
    [InlineData("H17", VehicleTypes.Truck)]
    [InlineData("Q21", VehicleTypes.Truck)]
    [InlineData("H55", VehicleTypes.Agricultural)]
    [InlineData("T22", VehicleTypes.Agricultural)]
    [InlineData("M21", VehicleTypes.Motorcycle)]
    [InlineData("M15", VehicleTypes.Tricycle)]
    [InlineData("N11", VehicleTypes.Tricycle)]
    [InlineData("G11", null)]
    [InlineData("k33", null)]
    [InlineData("K333", null)]
    [InlineData(null, null)]
    public void Type_codes_map_by_class_and_size(string? code, string? type) => Assert.Equal(type, VehicleTypeCodes.TypeOf(code));

    /// <summary>营运 is reported as commercial use, not as a tool of livelihood: whether it is exempt is the pack's decision.</summary>
    [Theory]
    [InlineData("残疾人专用", VehicleUses.Disabled)]
    [InlineData("营运", VehicleUses.Commercial)]
    [InlineData("出租客运", VehicleUses.Commercial)]
    [InlineData("生产工具", VehicleUses.ProductionTool)]
    [InlineData("非营运", VehicleUses.Private)]
    [InlineData(" 营转非 ", VehicleUses.Private)]
    [InlineData("租赁", VehicleUses.Rental)]
    [InlineData("教练", VehicleUses.Other)]
    [InlineData(null, VehicleUses.Other)]
    public void The_registrys_use_is_reported_as_it_is(string? use, string expected) => Assert.Equal(expected, VehicleUseCodes.UseOf(use));

    private static string Answer(string vehicle) =>
        """{"code":"00","jg":[{"sfzmhm":"{A}","jdcxx":[""" + vehicle + """]},{"sfzmhm":"{B}","jdcxx":[]}]}""";

    private static List<VehicleRecord> Expected(string[] idNumbers) =>
        idNumbers.SelectMany((id, position) => VehicleData.For(id).Select(v => new VehicleRecord(position, v.Plate,
            VehicleTypeCodes.TypeOf(v.TypeCode)!, v.FirstRegistered, v.AssessedValue,
            VehicleUseCodes.UseOf(v.Use)))).ToList();
}
