using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Hub.Adapters.Sdk;
using Hub.Adapters.SocialInsurance;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.Faults;
using Hub.Simulators.Scenarios;
using Hub.Simulators.SocialInsurance;
using Hub.Testing;

namespace Hub.UnitTests.Adapters.SocialInsurance;

public sealed class When_the_social_insurance_department_is_asked
{
    private static DateOnly Today => TimeProvider.System.Today();

    private static CheckSource Command(params string[] idNumbers) => AdapterHarness<SocialInsuranceAdapter>.Command(idNumbers);

    /// <summary>Fixed people of every age: together they hold every profile the agency keeps.</summary>
    private static readonly string[] People = [.. Enumerable.Range(0, 30).Select(i =>
        TestIds.Make(new DateOnly(1940 + 2 * i, 1 + i % 12, 1 + i % 28), "371702", 300 + i))];

    [Fact]
    public async Task It_maps_the_agencys_answers_exactly_asking_one_person_at_a_time()
    {
        await using var harness = await AdapterHarness<SocialInsuranceAdapter>.StartAsync();
        string[] people = [.. People, .. ScenarioBook.Households[Scenario.Pensioners], .. ScenarioBook.Households[Scenario.UnemployedOnBenefit]];
        var command = Command(people);

        var answer = await harness.AnsweredAsync(command);

        var expected = Expected(people);
        Assert.Equal(expected.Pensions, answer.Records.Pensions);
        Assert.Equal(expected.UnemploymentBenefits, answer.Records.UnemploymentBenefits);
        Assert.Equal(expected.InsuranceContributions, answer.Records.InsuranceContributions);
        Assert.Equal(people.Length, answer.Attempts);
        var requests = await harness.RequestsAsync(command.CaseRef);
        Assert.Equal(people.Length, requests.Count);
        Assert.All(requests, r => Assert.Equal("/social_insurance/person/query", r.Path));
        // The fixed people exercise every insurance, status and both pension schemes.
        Assert.Equal(4, answer.Records.InsuranceContributions.Select(c => c.Insurance).Distinct().Count());
        Assert.Equal(3, answer.Records.InsuranceContributions.Select(c => c.Status).Distinct().Count());
        Assert.Equal(2, answer.Records.Pensions.Select(p => p.Scheme).Distinct().Count());
        Assert.Contains(answer.Records.InsuranceContributions, c => c.MonthlyBaseCny is not null && c.Employer is null);
    }

    [Fact]
    public async Task The_evidence_is_the_hash_of_the_agencys_answers_joined_in_member_order()
    {
        await using var harness = await AdapterHarness<SocialInsuranceAdapter>.StartAsync();
        var command = Command([.. ScenarioBook.Households[Scenario.Pensioners]]);
        var joined = new List<byte>("["u8.ToArray());
        foreach (var member in command.Members)
        {
            if (joined.Count > 1) joined.Add((byte)',');
            using var response = await harness.Admin.PostAsJsonAsync("/social_insurance/person/query",
                new { aac002 = member.IdNumber, aac003 = member.Name, cxyy = SocialInsuranceAdapter.Purpose });
            joined.AddRange(await response.Content.ReadAsByteArrayAsync());
        }
        joined.Add((byte)']');

        var answer = await harness.AnsweredAsync(command);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(joined.ToArray())), answer.EvidenceSha256);
    }

    [Fact]
    public async Task The_pensioner_couple_draw_an_employees_and_a_residents_pension()
    {
        await using var harness = await AdapterHarness<SocialInsuranceAdapter>.StartAsync();

        var records = (await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Pensioners]]))).Records;

        Assert.Equal(
        [
            new PensionRecord(0, PensionSchemes.UrbanEmployee, BenefitStatuses.Paying, 2_280.00m, new DateOnly(2010, 4, 1), "菏泽市社会保险事业中心"),
            new PensionRecord(1, PensionSchemes.UrbanRuralResident, BenefitStatuses.Paying, 168.50m, new DateOnly(2012, 12, 1), "菏泽市牡丹区社会保险事业中心"),
        ], records.Pensions);
        Assert.Empty(records.UnemploymentBenefits);
        Assert.All(records.InsuranceContributions, c => Assert.Equal(ContributionStatuses.Ended, c.Status));
    }

    [Fact]
    public async Task The_unemployed_member_draws_benefit_for_twelve_months_and_his_employer_stopped_paying()
    {
        await using var harness = await AdapterHarness<SocialInsuranceAdapter>.StartAsync();

        var records = (await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.UnemployedOnBenefit]]))).Records;

        var benefit = Assert.Single(records.UnemploymentBenefits);
        Assert.Equal((0, BenefitStatuses.Paying, 1_620.00m), (benefit.MemberPosition, benefit.Status, benefit.MonthlyAmountCny));
        Assert.Equal(benefit.From.AddMonths(12).AddDays(-1), benefit.Until);
        Assert.InRange(Today, benefit.From, benefit.Until);
        var lastJob = records.InsuranceContributions.Where(c => c.MemberPosition == 0).ToList();
        Assert.Equal([InsuranceKinds.EmployeePension, InsuranceKinds.Unemployment], lastJob.Select(c => c.Insurance));
        Assert.All(lastJob, c => Assert.Equal((ContributionStatuses.Interrupted, 4_800.00m, "菏泽市某机械制造有限公司"), (c.Status, c.MonthlyBaseCny, c.Employer)));
        Assert.Equal(ContributionStatuses.Paying, Assert.Single(records.InsuranceContributions, c => c.MemberPosition == 1).Status);
        Assert.Empty(records.Pensions);
    }

    [Fact]
    public async Task An_eligible_household_draws_no_pension_or_benefit()
    {
        await using var harness = await AdapterHarness<SocialInsuranceAdapter>.StartAsync();

        var records = (await harness.AnsweredAsync(Command([.. ScenarioBook.Households[Scenario.Eligible]]))).Records;

        Assert.Empty(records.Pensions);
        Assert.Empty(records.UnemploymentBenefits);
        Assert.All(records.InsuranceContributions, c => Assert.Equal((InsuranceKinds.ResidentPension, null), (c.Insurance, c.MonthlyBaseCny)));
    }

    [Fact]
    public async Task A_transient_failure_in_the_middle_of_the_household_is_retried()
    {
        await using var harness = await AdapterHarness<SocialInsuranceAdapter>.StartAsync("RetryDelay=00:00:00.010");
        string[] people = [.. ScenarioBook.Households[Scenario.Pensioners]];
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });

        var answer = await harness.AnsweredAsync(Command(people));

        Assert.Equal(3, answer.Attempts);
        Assert.Equal(Expected(people).Pensions, answer.Records.Pensions);
    }

    private const string Head = "\"head\":{\"code\":\"1\",\"msg\":\"成功\"}";

    public static TheoryData<string, string> Unreadable => new()
    {
        { "not json", "[not json]" },
        { "error code", "[{\"head\":{\"code\":\"-1\",\"msg\":\"请求参数错误\"},\"body\":null},{" + Head + ",\"body\":{\"aac002\":\"{B}\"}}]" },
        { "no body", "[{" + Head + "},{" + Head + ",\"body\":{\"aac002\":\"{B}\"}}]" },
        { "member missing", "[{" + Head + ",\"body\":{\"aac002\":\"{A}\"}}]" },
        { "stranger", "[{" + Head + ",\"body\":{\"aac002\":\"{A}\"}},{" + Head + ",\"body\":{\"aac002\":\"11010519491231002X\"}}]" },
        { "unknown insurance", Person("\"cbxx\":[{\"aae140\":\"310\",\"aac008\":\"1\",\"aae041\":\"201501\"}]") },
        { "unknown status", Person("\"cbxx\":[{\"aae140\":\"110\",\"aac008\":\"9\",\"aae041\":\"201501\"}]") },
        { "bad month", Person("\"cbxx\":[{\"aae140\":\"110\",\"aac008\":\"1\",\"aae041\":\"2015-01\"}]") },
        { "bad amount", Person("\"yljxx\":[{\"aae140\":\"110\",\"aae116\":\"1\",\"aae129\":\"两千\",\"aic160\":\"201004\"}]") },
        { "unemployment insurance as a pension scheme", Person("\"yljxx\":[{\"aae140\":\"210\",\"aae116\":\"1\",\"aae129\":\"100.00\",\"aic160\":\"201004\"}]") },
        { "bad day", Person("\"syjxx\":[{\"aae116\":\"1\",\"aae129\":\"1500.00\",\"aae030\":\"2026-09-01\",\"aae031\":\"20270831\"}]") },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void An_answer_it_cannot_trust_is_unreadable(string why, string answer)
    {
        var (a, b) = (People[10], People[11]);
        var bytes = Encoding.UTF8.GetBytes(answer.Replace("{A}", a).Replace("{B}", b));

        var ex = Assert.Throws<UnreadableAnswerException>(() => new SocialInsuranceAdapter().Map(bytes, Command(a, b)));
        Assert.False(string.IsNullOrEmpty(ex.Message), why);
    }

    private static string Person(string lists) =>
        "[{" + Head + ",\"body\":{\"aac002\":\"{A}\"," + lists + "}},{" + Head + ",\"body\":{\"aac002\":\"{B}\"}}]";

    private static CanonicalRecords Expected(string[] idNumbers)
    {
        var held = idNumbers.Select((id, position) => (position, person: InsuranceData.For(id, Today))).ToList();
        return new CanonicalRecords
        {
            Pensions = held.SelectMany(h => h.person.Pensions.Select(p => new PensionRecord(h.position, InsuranceTypeCodes.ToPensionScheme[p.SchemeCode],
                PaymentStatusCodes.ToStatus[p.StatusCode], p.Monthly, p.FirstMonth, p.Agency))).ToList(),
            UnemploymentBenefits = held.SelectMany(h => h.person.Benefits.Select(b => new UnemploymentBenefitRecord(h.position,
                PaymentStatusCodes.ToStatus[b.StatusCode], b.Monthly, b.From, b.Until, b.Agency))).ToList(),
            InsuranceContributions = held.SelectMany(h => h.person.Enrolments.Select(e => new InsuranceContributionRecord(h.position,
                InsuranceTypeCodes.ToKind[e.InsuranceCode], EnrolmentStatusCodes.ToStatus[e.StatusCode], e.MonthlyBase, e.Employer, e.FirstMonth,
                e.LastPaidMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture)))).ToList(),
        };
    }
}
