using Hub.Contracts.Identity;
using System.Net.Http.Json;
using Hub.Adapters.Tax;
using Hub.Contracts.Records;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators;
using Hub.Simulators.Tax;

namespace Hub.IntegrationTests.Core.Aggregation;

[Collection(PipelineCollection.Name)]
public sealed class When_a_household_is_submitted(ProductionStack stack)
{
    [Fact]
    public async Task It_completes_with_the_departments_answers_in_the_report()
    {
        using var client = stack.Client();
        var household = Households.Family();

        var id = await client.SubmitAcceptedAsync(household);
        var status = await client.WaitUntilFinishedAsync(id);

        Assert.Equal("completed", status.Status);
        Assert.Equal(TestDepartments.Codes.Order(), status.Sources.Select(s => s.Source));
        Assert.All(status.Sources, s => Assert.Equal("answered", s.Status));
        Assert.Equal($"/api/v1/verifications/{id}/report", status.ReportUrl);

        var report = await client.ReportAsync(id);
        Assert.Equal(household.CaseRef, report.CaseRef);
        Assert.Equal(3, report.Members.Count);
        Assert.All(report.Sources, s => Assert.Matches("^[0-9a-f]{64}$", s.EvidenceSha256));
        var tax = report.Sources.Single(s => s.Source == "tax");
        Assert.Equal(ExpectedIncome(household.Members!.Select(m => m.IdNumber!).ToList()), tax.Records!.Income);
    }

    [Fact]
    public async Task The_report_shows_only_masked_id_numbers()
    {
        using var client = stack.Client();
        var household = Households.Family();
        var id = await client.SubmitAcceptedAsync(household);
        await client.WaitUntilFinishedAsync(id);

        var body = await (await client.GetAsync($"/api/v1/verifications/{id}/report")).Content.ReadAsStringAsync();
        foreach (var member in household.Members!)
        {
            Assert.DoesNotContain(member.IdNumber!, body);
            Assert.Contains(member.IdNumber![..6] + "********" + member.IdNumber[^4..], body);
        }
    }

    [Fact]
    public async Task The_case_reference_and_caseworker_reach_the_department()
    {
        using var client = stack.Client();
        var household = Households.Family();
        var id = await client.SubmitAcceptedAsync(household, userId: "caseworker-42");
        await client.WaitUntilFinishedAsync(id);

        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        var journal = await simulator.GetFromJsonAsync<List<JournalEntry>>($"/admin/requests?caseRef={household.CaseRef}");
        Assert.Equal(TestDepartments.Codes.Order(), journal!.Select(e => e.Department).Distinct().Order());
        Assert.All(journal!, entry => Assert.Equal(("caseworker-42", id.ToString()), (entry.UserId, entry.RequestId)));
    }

    /// <summary>What the tax simulator holds for these people over the adapter's window, in canonical form.</summary>
    private static List<IncomeRecord> ExpectedIncome(List<string> idNumbers)
    {
        var today = TimeProvider.System.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return idNumbers.SelectMany((idNumber, position) =>
                TaxData.For(idNumber, thisMonth.AddMonths(-12), thisMonth.AddMonths(-1))
                    .Select(i => new IncomeRecord(position, TaxItemCodes.ToCategory[i.ItemCode], i.Period, i.Amount, i.WithholdingAgent)))
            .ToList();
    }
}
