using System.Text;
using Hub.Adapters.Disability;
using Hub.Adapters.Sdk;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.Disability;
using Hub.Simulators.Faults;
using Hub.Simulators.Scenarios;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.Disability;

public sealed class When_the_disability_department_is_asked
{
    private static DateOnly Today => TimeProvider.System.Today();

    private static CheckSource Command(params string[] idNumbers) => AdapterHarness<DisabilityAdapter>.Command(idNumbers);

    /// <summary>Fixed people: enough of them that some hold certificates of several categories and grades.</summary>
    private static readonly string[] People = [.. Enumerable.Range(0, 200).Select(i =>
        TestIds.Make(new DateOnly(1940 + i % 80, 1 + i % 12, 1 + i % 28), "371702", 600 + i % 400))];

    [Fact]
    public async Task It_maps_the_federations_export_exactly()
    {
        await using var harness = await AdapterHarness<DisabilityAdapter>.StartAsync();
        string[] people = [.. People, .. ScenarioBook.Households[Scenario.SevereDisability], .. ScenarioBook.Households[Scenario.DisabilityVehicle]];

        var answer = await harness.AnsweredAsync(Command(people));

        var expected = Expected(people);
        Assert.Equal(expected, answer.Records.DisabilityCertificates);
        Assert.Equal(1, answer.Attempts);
        Assert.True(expected.Select(c => c.Category).Distinct().Count() >= 4);
        Assert.Equal([1, 2, 3, 4], expected.Select(c => c.Grade).Distinct().Order());
    }

    [Fact]
    public async Task The_severely_disabled_daughter_holds_a_valid_first_grade_certificate()
    {
        await using var harness = await AdapterHarness<DisabilityAdapter>.StartAsync();

        var answer = await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.SevereDisability]]));

        Assert.Equal(
            [new DisabilityCertificateRecord(1, "****************2151", DisabilityCategories.Intellectual, 1, CertificateStatuses.Valid,
                new DateOnly(2021, 4, 10), new DateOnly(2031, 4, 9))],
            answer.Records.DisabilityCertificates);
    }

    [Fact]
    public async Task The_owner_of_the_disability_vehicle_holds_a_physical_disability_certificate()
    {
        await using var harness = await AdapterHarness<DisabilityAdapter>.StartAsync();

        var certificate = Assert.Single((await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.DisabilityVehicle]])))
            .Records.DisabilityCertificates);

        Assert.Equal((DisabilityCategories.Physical, 3, CertificateStatuses.Valid), (certificate.Category, certificate.Grade, certificate.Status));
    }

    [Fact]
    public async Task An_eligible_household_holds_no_certificate()
    {
        await using var harness = await AdapterHarness<DisabilityAdapter>.StartAsync();

        var answer = await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Eligible]]));

        Assert.Empty(answer.Records.DisabilityCertificates);
    }

    [Fact]
    public async Task The_query_is_a_form_kept_out_of_the_url_and_repeated_after_a_transient_failure()
    {
        await using var harness = await AdapterHarness<DisabilityAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });
        var command = Command([.. ScenarioBook.Households[Scenario.SevereDisability]]);

        var answer = await harness.AnsweredAsync(command);

        Assert.Equal(2, answer.Attempts);
        Assert.All(await harness.RequestsAsync(command.CaseRef), r => Assert.Equal("/disability/certificates/query", r.Path));
        Assert.Single(answer.Records.DisabilityCertificates);
    }

    private const string Row = "{A},{A}51,智力,一级,2021/04/10,2031/04/09,有效";

    public static TheoryData<string, string> Unreadable => new()
    {
        { "no header", Row + "\n#查询人数,2\n" },
        { "no count", DisabilityAdapter.Header + "\n" + Row + "\n" },
        { "count of another query", DisabilityAdapter.Header + "\n" + Row + "\n#查询人数,3\n" },
        { "stranger", DisabilityAdapter.Header + "\n" + Row.Replace("{A}", "11010519491231002X") + "\n#查询人数,2\n" },
        { "six fields", DisabilityAdapter.Header + "\n{A},{A}51,智力,一级,2021/04/10,2031/04/09\n#查询人数,2\n" },
        { "unknown category", DisabilityAdapter.Header + "\n" + Row.Replace("智力", "{B}") + "\n#查询人数,2\n" },
        { "unknown grade", DisabilityAdapter.Header + "\n" + Row.Replace("一级", "1级") + "\n#查询人数,2\n" },
        { "number contradicts grade", DisabilityAdapter.Header + "\n" + Row.Replace("一级", "二级") + "\n#查询人数,2\n" },
        { "unknown status", DisabilityAdapter.Header + "\n" + Row.Replace("有效", "{B}") + "\n#查询人数,2\n" },
        { "bad date", DisabilityAdapter.Header + "\n" + Row.Replace("2021/04/10", "2021-04-10") + "\n#查询人数,2\n" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void An_answer_it_cannot_trust_is_unreadable_and_the_reason_quotes_no_field(string why, string answer)
    {
        var (a, b) = (People[0], People[1]);
        var bytes = Encoding.UTF8.GetBytes(answer.Replace("{A}", a).Replace("{B}", b));

        var ex = Assert.Throws<UnreadableAnswerException>(() => new DisabilityAdapter().Map(bytes, Command(a, b)));
        Assert.False(string.IsNullOrEmpty(ex.Message), why);
        Assert.DoesNotContain(a, ex.Message);
        Assert.DoesNotContain(b, ex.Message);
    }

    [Fact]
    public void An_answer_that_is_not_utf8_is_unreadable()
    {
        var bytes = Encoding.UTF8.GetBytes(DisabilityAdapter.Header + "\n#查询人数,1\n").Append((byte)0xFF).ToArray();

        Assert.Throws<UnreadableAnswerException>(() => new DisabilityAdapter().Map(bytes, Command(People[0])));
    }

    private static List<DisabilityCertificateRecord> Expected(string[] idNumbers) =>
        idNumbers.SelectMany((id, position) => DisabilityData.For(id, Today).Select(c => new DisabilityCertificateRecord(position,
            "****************" + c.CertificateNumber[^4..], DisabilityCategoryNames.ToCategory[DisabilitySimulator.CategoryNames[c.CategoryCode - 1]].Category,
            c.Grade, CertificateStatusNames.ToStatus[c.Status], c.IssuedOn, c.ValidUntil))).ToList();
}
