using Hub.Contracts.Api;
using Hub.Core.Reports;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.HouseholdRegistration;
using Hub.Simulators.Scenarios;

namespace Hub.IntegrationTests.Core.Aggregation;

/// <summary>The household register (公安户籍, a real simulator) against what the household declared.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_the_register_disagrees_with_the_household(ProductionStack stack)
{
    [Fact]
    public async Task The_report_needs_review_naming_the_deceased_spouse_the_son_who_moved_out_and_the_undeclared_daughter()
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(HouseholdOf(Scenario.RegistryMismatch, "applicant", "spouse", "child"));
        await client.WaitUntilFinishedAsync(id);
        var body = await (await client.GetAsync($"/api/v1/verifications/{id}/report")).Content.ReadAsStringAsync();
        var report = await client.ReportAsync(id);

        var finding = Assert.Single(report.Findings, f => f.Rule == HouseholdComposition.Rule);
        Assert.Equal((FindingOutcomes.NeedsReview, 3m), (finding.Outcome, finding.Value));
        Assert.Equal(["household_registration"], finding.Sources);
        Assert.Equal("成员2户籍已于2025-03-14死亡注销；成员3已于2024-09-01迁出；申请人户内另有在册人员郭*（371702********2145）未申报", finding.Reason);
        Assert.StartsWith("二（三）2：教育、公安、财政、人社", finding.Cite);
        Assert.Equal(Conclusions.NeedsReview, report.Conclusion);
        Assert.Equal(4, report.Sources.Single(s => s.Source == "household_registration").Records!.RegisteredPersons.Count);
        // The daughter gave no consent: only her masked name and ID number are in the report.
        Assert.DoesNotContain(HouseholdRegistrationData.UndeclaredDaughter, body);
        Assert.DoesNotContain("郭秀英", body);
    }

    [Fact]
    public async Task A_household_the_register_confirms_passes_the_composition_check()
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(HouseholdOf(Scenario.Eligible, "applicant", "spouse", "child"));
        await client.WaitUntilFinishedAsync(id);

        var finding = Assert.Single((await client.ReportAsync(id)).Findings, f => f.Rule == HouseholdComposition.Rule);

        Assert.Equal((FindingOutcomes.Pass, 0m), (finding.Outcome, finding.Value));
    }

    private static SubmitVerificationRequest HouseholdOf(Scenario scenario, params string[] relations)
    {
        var people = ScenarioBook.Households[scenario];
        var template = Households.Family();
        return template with
        {
            Members = people.Select((id, i) => new MemberRequest { Name = "成员" + i, IdNumber = id, Relation = relations[i] }).ToList(),
            Consent = template.Consent! with { SignedBy = [.. people] },
        };
    }
}
