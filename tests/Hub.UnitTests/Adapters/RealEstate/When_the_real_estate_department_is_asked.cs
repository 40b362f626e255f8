using System.Globalization;
using System.Text;
using Hub.Adapters.RealEstate;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.Faults;
using Hub.Simulators.RealEstate;
using Hub.Simulators.Scenarios;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.RealEstate;

public sealed class When_the_real_estate_department_is_asked
{
    private static CheckSource Command(params string[] idNumbers) => AdapterHarness<RealEstateAdapter>.Command(idNumbers);

    /// <summary>Fixed adults from all five jurisdictions: together they hold every use and form of ownership the registry writes.</summary>
    private static readonly string[] Regions = ["371702", "371102", "410423", "510107", "370321"];

    private static readonly string[] Adults = [.. Enumerable.Range(0, 40).Select(i =>
        TestIds.Make(new DateOnly(1960 + i, 1 + i % 12, 1 + i % 28), Regions[i % 5], 100 + i))];

    [Fact]
    public async Task It_maps_the_registrys_answer_exactly()
    {
        await using var harness = await AdapterHarness<RealEstateAdapter>.StartAsync();
        string[] people = [.. Adults, TestIds.Adult(), TestIds.Adult(), TestIds.Child(), .. ScenarioBook.Households[Scenario.TwoHouses]];

        var answer = await harness.AnsweredAsync(Command(people));

        var expected = Expected(people);
        Assert.Equal(expected, answer.Records.Properties);
        Assert.Equal(1, answer.Attempts);
        Assert.Matches("^[0-9a-f]{64}$", answer.EvidenceSha256);
        // The fixed people exercise the whole code table and every way the registry writes a share.
        Assert.Equal(new[] { PropertyUses.Commercial, PropertyUses.Industrial, PropertyUses.Other, PropertyUses.Residential },
            expected.Select(p => p.Use).Distinct().Order());
        Assert.Contains(people.SelectMany(PropertyData.For), p => p.Share is null && p.Ownership == PropertyData.SoleOwnership);
        Assert.Contains(people.SelectMany(PropertyData.For), p => p.Share is null && p.Ownership == PropertyData.JointOwnership);
        Assert.Contains(people.SelectMany(PropertyData.For), p => p.Share?.EndsWith('%') == true);
    }

    [Fact]
    public async Task Scenario_households_have_their_named_properties()
    {
        await using var harness = await AdapterHarness<RealEstateAdapter>.StartAsync();

        var twoHouses = (await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.TwoHouses]]))).Records.Properties;
        Assert.Equal(2, twoHouses.Count);
        Assert.All(twoHouses, p => Assert.Equal(PropertyUses.Residential, p.Use));
        Assert.Equal(2, twoHouses.Select(p => p.CertificateNumber).Distinct().Count());
        Assert.Equal(new[] { 0.5m, 1m }, twoHouses.Select(p => p.Share).Order());

        var eligible = (await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Eligible]]))).Records.Properties;
        var home = Assert.Single(eligible);
        Assert.Equal(PropertyUses.Residential, home.Use);
        Assert.True(home.AreaSqm <= 60m);

        var ownsCar = await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.OwnsCar]]));
        Assert.Empty(ownsCar.Records.Properties);
    }

    [Fact]
    public async Task The_pensioner_couples_joint_home_is_half_each()
    {
        await using var harness = await AdapterHarness<RealEstateAdapter>.StartAsync();

        var answer = await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Pensioners]]));

        Assert.Equal([0, 1], answer.Records.Properties.Select(p => p.MemberPosition));
        Assert.Single(answer.Records.Properties.Select(p => p.CertificateNumber).Distinct());
        Assert.All(answer.Records.Properties, p => Assert.Equal((0.5m, PropertyShareBases.JointEqual), (p.Share, p.ShareBasis)));
    }

    [Fact]
    public void A_joint_home_without_a_share_is_an_equal_share_of_the_joint_owners_in_the_household()
    {
        var (husband, wife, son) = (Adults[0], Adults[1], Adults[2]);
        var home = "<property><bdcqzh>鲁(2016)牡丹区不动产权第0004321号</bdcqzh><zl>菏泽市牡丹区中华路88号2号楼1单元502室</zl>"
            + "<yt>住宅</yt><jzmj>96.00</jzmj><gyfs>共同共有</gyfs><djsj>2016-11-08</djsj></property>";
        var xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <response><code>0000</code><message>查询成功</message><persons>
              <person zjhm="{husband}">{home}</person>
              <person zjhm="{wife}">{home}</person>
              <person zjhm="{son}"/>
            </persons></response>
            """;

        var records = new RealEstateAdapter().Map(Encoding.UTF8.GetBytes(xml), Command(husband, wife, son)).Properties;

        Assert.Equal(
        [
            new PropertyRecord(0, "鲁(2016)牡丹区不动产权第0004321号", "菏泽市牡丹区中华路88号2号楼1单元502室", PropertyUses.Residential, 96.00m, 0.5m,
                PropertyShareBases.JointEqual, new DateOnly(2016, 11, 8)),
            new PropertyRecord(1, "鲁(2016)牡丹区不动产权第0004321号", "菏泽市牡丹区中华路88号2号楼1单元502室", PropertyUses.Residential, 96.00m, 0.5m,
                PropertyShareBases.JointEqual, new DateOnly(2016, 11, 8)),
        ], records);
    }

    [Fact]
    public void A_joint_owner_alone_in_the_household_counts_the_whole_home()
    {
        var xml = $"""
            <response><code>0000</code><persons><person zjhm="{Adults[0]}"><property><bdcqzh>鲁(2016)牡丹区不动产权第0004321号</bdcqzh>
            <zl>菏泽市</zl><yt>住宅</yt><jzmj>96.00</jzmj><gyfs>共同共有</gyfs><djsj>2016-11-08</djsj></property></person></persons></response>
            """;

        var home = Assert.Single(new RealEstateAdapter().Map(Encoding.UTF8.GetBytes(xml), Command(Adults[0])).Properties);

        Assert.Equal((1m, PropertyShareBases.JointEqual), (home.Share, home.ShareBasis));
    }

    [Fact]
    public async Task A_persons_properties_are_the_same_whenever_asked_and_follow_their_position()
    {
        await using var harness = await AdapterHarness<RealEstateAdapter>.StartAsync();
        var owner = Adults.First(id => PropertyData.For(id).Count > 0);

        var first = (await harness.AnsweredAsync(Command(owner, Adults[^1]))).Records.Properties.Where(p => p.MemberPosition == 0).ToList();
        var again = (await harness.AnsweredAsync(Command(Adults[^1], owner))).Records.Properties.Where(p => p.MemberPosition == 1).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, again.Select(p => p with { MemberPosition = 0 }));
        Assert.Empty(PropertyData.For(TestIds.Child()));
    }

    [Fact]
    public async Task A_transient_failure_is_retried()
    {
        await using var harness = await AdapterHarness<RealEstateAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });

        var answer = await harness.AnsweredAsync(Command(Adults[0]));

        Assert.Equal(2, answer.Attempts);
    }

    [Fact]
    public void It_reads_a_GBK_answer_and_the_registrys_ways_of_writing_a_share()
    {
        var (a, b) = (Adults[0], Adults[1]);
        var xml = $"""
            <?xml version="1.0" encoding="GBK"?>
            <response><code>0000</code><message>查询成功</message><persons>
              <person zjhm="{a}">
                <property><bdcqzh>鲁(2019)牡丹区不动产权第0012345号</bdcqzh><zl>菏泽市牡丹区人民路1号</zl><yt>住宅</yt><jzmj>89.50</jzmj><gyfs>按份共有</gyfs><fe>40%</fe><djsj>2019-05-12</djsj></property>
                <property><bdcqzh>鲁(2020)牡丹区不动产权第0000001号</bdcqzh><zl>菏泽市牡丹区人民路1号车位</zl><yt>车位</yt><jzmj>13</jzmj><gyfs>单独所有</gyfs><djsj>2020-01-02</djsj></property>
              </person>
              <person zjhm="{b}"/>
            </persons></response>
            """;
        // Creating the adapter makes the code pages known; nothing else in the tests does.
        var adapter = new RealEstateAdapter();
        var bytes = Encoding.GetEncoding("GBK").GetBytes(xml);

        var records = adapter.Map(bytes, Command(a, b)).Properties;

        Assert.Equal(
        [
            new PropertyRecord(0, "鲁(2019)牡丹区不动产权第0012345号", "菏泽市牡丹区人民路1号", PropertyUses.Residential, 89.50m, 0.4m, PropertyShareBases.Registered, new DateOnly(2019, 5, 12)),
            new PropertyRecord(0, "鲁(2020)牡丹区不动产权第0000001号", "菏泽市牡丹区人民路1号车位", PropertyUses.Other, 13m, 1m, PropertyShareBases.Sole, new DateOnly(2020, 1, 2)),
        ], records);
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "not xml", "{\"code\":\"0000\"}" },
        { "error code", "<response><code>1001</code><message>请求报文格式错误</message></response>" },
        { "member missing", "<response><code>0000</code><persons><person zjhm=\"{A}\"/></persons></response>" },
        { "stranger", "<response><code>0000</code><persons><person zjhm=\"{A}\"/><person zjhm=\"{B}\"/><person zjhm=\"11010519491231002X\"/></persons></response>" },
        { "person twice", "<response><code>0000</code><persons><person zjhm=\"{A}\"/><person zjhm=\"{A}\"/></persons></response>" },
        { "bad area", Answer("<jzmj>八十</jzmj><gyfs>单独所有</gyfs><fe>1</fe><djsj>2019-05-12</djsj>") },
        { "share above 1", Answer("<jzmj>80</jzmj><gyfs>按份共有</gyfs><fe>1.5</fe><djsj>2019-05-12</djsj>") },
        { "shares in common without a share", Answer("<jzmj>80</jzmj><gyfs>按份共有</gyfs><djsj>2019-05-12</djsj>") },
        { "bad date", Answer("<jzmj>80</jzmj><gyfs>单独所有</gyfs><djsj>2019/05/12</djsj>") },
        { "no use", "<response><code>0000</code><persons><person zjhm=\"{A}\"><property><bdcqzh>X</bdcqzh><zl>Y</zl><jzmj>80</jzmj><gyfs>单独所有</gyfs><djsj>2019-05-12</djsj></property></person><person zjhm=\"{B}\"/></persons></response>" },
        { "DTD", "<?xml version=\"1.0\"?><!DOCTYPE response [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><response><code>0000</code><persons><person zjhm=\"{A}\"/><person zjhm=\"{B}\"/></persons></response>" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void An_answer_it_cannot_trust_is_unreadable(string why, string answer)
    {
        var bytes = Encoding.UTF8.GetBytes(answer.Replace("{A}", Adults[0]).Replace("{B}", Adults[1]));

        var ex = Assert.Throws<UnreadableAnswerException>(() => new RealEstateAdapter().Map(bytes, Command(Adults[0], Adults[1])));
        Assert.False(string.IsNullOrEmpty(ex.Message), why);
    }

    [Fact]
    public void Uses_outside_the_code_table_are_other()
    {
        Assert.Equal(PropertyUses.Residential, PropertyUseCodes.UseOf(" 住宅 "));
        Assert.Equal(PropertyUses.Commercial, PropertyUseCodes.UseOf("商业"));
        Assert.Equal(PropertyUses.Industrial, PropertyUseCodes.UseOf("工业"));
        Assert.Equal(PropertyUses.Other, PropertyUseCodes.UseOf("办公"));
        Assert.Equal(PropertyUses.Other, PropertyUseCodes.UseOf(""));
    }

    private static string Answer(string tail) =>
        "<response><code>0000</code><persons><person zjhm=\"{A}\"><property><bdcqzh>鲁(2019)牡丹区不动产权第0012345号</bdcqzh><zl>菏泽市</zl><yt>住宅</yt>"
        + tail + "</property></person><person zjhm=\"{B}\"/></persons></response>";

    private static List<PropertyRecord> Expected(string[] idNumbers)
    {
        var held = idNumbers.SelectMany((id, position) => PropertyData.For(id).Select(p => (position, p))).ToList();
        var jointOwners = held.Where(h => h.p.Ownership == PropertyData.JointOwnership)
            .GroupBy(h => h.p.CertificateNumber).ToDictionary(g => g.Key, g => g.Count());
        return held.Select(h => new PropertyRecord(h.position, h.p.CertificateNumber, h.p.Location,
            PropertyUseCodes.ToUse.GetValueOrDefault(h.p.Use, PropertyUses.Other), h.p.AreaSqm,
            h.p.Ownership == PropertyData.JointOwnership ? Math.Round(1m / jointOwners[h.p.CertificateNumber], 4) : Share(h.p.Share),
            h.p.Ownership == PropertyData.JointOwnership ? PropertyShareBases.JointEqual
                : h.p.Share is null ? PropertyShareBases.Sole : PropertyShareBases.Registered,
            h.p.RegisteredOn)).ToList();
    }

    private static decimal Share(string? share) => share switch
    {
        null => 1m,
        _ when share.EndsWith('%') => decimal.Parse(share[..^1], CultureInfo.InvariantCulture) / 100m,
        _ => decimal.Parse(share, CultureInfo.InvariantCulture),
    };
}
