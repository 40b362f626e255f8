using System.Net.Http.Json;
using Hub.Contracts.Api;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators;

namespace Hub.IntegrationTests.Core.Aggregation;

/// <summary>Issue 7: a Chinese case number or caseworker id took departments down; any Unicode must travel end to end.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_a_case_reference_is_chinese(ProductionStack stack)
{
    private const string CaseRef = "菏民低保〔2026〕123号";
    private const string Caseworker = "张社工-07";

    [Fact]
    public async Task Every_department_answers_and_its_journal_shows_the_original_text()
    {
        using var client = stack.Client();
        var family = Households.Family();
        var household = family with
        {
            CaseRef = CaseRef,
            Members = [family.Members![0] with { Name = "𠮷野家" }, family.Members[1] with { Name = "欧阳娜娜" }, family.Members[2]],
        };

        var id = await client.SubmitAcceptedAsync(household, userId: Caseworker);
        var status = await client.WaitUntilFinishedAsync(id);

        Assert.Equal("completed", status.Status);
        Assert.All(status.Sources, s => Assert.Equal("answered", s.Status));
        Assert.Equal(CaseRef, status.CaseRef);
        var report = await client.ReportAsync(id);
        Assert.Equal(["𠮷野家", "欧阳娜娜"], report.Members.Take(2).Select(m => m.Name));

        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        var journal = (await simulator.GetFromJsonAsync<List<JournalEntry>>($"/admin/requests?caseRef={Uri.EscapeDataString(CaseRef)}"))!
            .Where(e => e.RequestId == id.ToString()).ToList();
        Assert.Equal(TestDepartments.Codes.Order(), journal.Select(e => e.Department).Distinct().Order());
        Assert.All(journal, e => Assert.Equal((CaseRef, Caseworker), (e.CaseRef, e.UserId)));
    }
}
