using System.Net.Http.Json;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Faults;
using Hub.Simulators.Scenarios;
using Hub.Simulators.Vehicle;
using Hub.Testing;

namespace Hub.IntegrationTests.Core.Aggregation;

/// <summary>The policy rules on named households, through the real departments' simulators to the signed report.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_the_policy_rules_are_applied(ProductionStack stack)
{
    /// <summary>Pensions are tax-exempt: only the social-insurance department shows the couple's 2,280 + 168.50 a month.</summary>
    [Fact]
    public async Task A_pensioner_couples_income_is_their_pensions()
    {
        var report = await IssueAsync(Household(Scenario.Pensioners, "371700", "minimum_living"));

        Assert.Equal(["pension_urban_employee", "pension_urban_rural_resident"], report.Income.Gross.Select(l => l.Kind));
        Assert.Equal(2_448.50m, report.Income.GrossMonthlyCny);
        var income = report.Findings.Single(f => f.Rule == "income");
        Assert.Equal((FindingOutcomes.Fail, 1_224.25m, "<"), (income.Outcome, income.Value!.Value, income.Comparison));
        Assert.Contains("social_insurance", income.Sources);
        Assert.Equal(12, report.Recheck!.Months);
        Assert.Contains("均无劳动能力", report.Recheck.Reason);
    }

    /// <summary>The couple's pensions are their whole income: without the social-insurance department nothing is judged on income.</summary>
    [Fact]
    public async Task A_pensioner_couple_whose_pension_department_is_down_needs_review()
    {
        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        (await simulator.PutAsJsonAsync("/admin/faults/social_insurance", new FaultSettings { Outage = true })).EnsureSuccessStatusCode();
        try
        {
            var report = await IssueAsync(Household(Scenario.Pensioners, "371700", "minimum_living"), "partial");

            Assert.Equal(FindingOutcomes.NotEvaluated, report.Findings.Single(f => f.Rule == "income").Outcome);
            Assert.Null(report.Income.GrossMonthlyCny);
            Assert.Equal(Conclusions.NeedsReview, report.Conclusion);
        }
        finally
        {
            (await simulator.PutAsJsonAsync("/admin/faults/social_insurance", new FaultSettings())).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Every rule passes, but the disability department was not asked: the hub does not have the whole picture.</summary>
    [Fact]
    public async Task A_department_not_asked_leaves_the_conclusion_to_review()
    {
        var request = Household(Scenario.Eligible, "371700", "minimum_living") with
        {
            Sources = TestDepartments.Codes.Where(code => code != "disability").ToList(),
        };

        var report = await IssueAsync(request);

        Assert.DoesNotContain(report.Sources, s => s.Source == "disability");
        Assert.All(report.Findings, f => Assert.Equal(FindingOutcomes.Pass, f.Outcome));
        Assert.Equal(Conclusions.NeedsReview, report.Conclusion);
    }

    [Theory]
    [InlineData("371700")]
    [InlineData("371100")]
    [InlineData("410423")]
    [InlineData("510000")]
    [InlineData("370321")]
    public async Task The_housing_fund_contributor_with_no_taxed_wage_needs_review(string jurisdiction)
    {
        var report = await IssueAsync(Household(Scenario.HousingFundContributor, jurisdiction, "minimum_living"));

        var finding = report.Findings.Single(f => f.Rule == "income_inconsistent");
        Assert.Equal(FindingOutcomes.NeedsReview, finding.Outcome);
        Assert.Equal(["housing_fund", "tax"], finding.Sources);
        Assert.Equal(Conclusions.NeedsReview, report.Conclusion);
    }

    /// <summary>The declared 一级 disability is on the federation's register: the member is assessed alone (日照).</summary>
    [Fact]
    public async Task A_declared_severe_disability_is_confirmed_by_the_federation_and_the_member_assessed_alone()
    {
        var household = Household(Scenario.SevereDisability, "371100", "minimum_living");
        household = household with { Members = household.Members!.Select((m, i) => i == 1 ? m with { DisabilityGrade = 1 } : m).ToList() };

        var report = await IssueAsync(household);

        var check = report.Declarations.Single();
        Assert.Equal((1, DeclarationChecks.Confirmed, "disability"), (check.Position, check.Check, check.Sources.Single()));
        Assert.Equal([new SeparatedMember(1, "重度残疾（一级）", DeclarationChecks.Confirmed)], report.Income.SeparatedMembers);
        Assert.Equal(FindingOutcomes.Pass, report.Findings.Single(f => f.Rule == "single_person_household").Outcome);
        Assert.Equal(1, report.Members[1].DisabilityGrade);
    }

    /// <summary>The registry's 残疾人专用 tricycle is exempt because the federation holds the owner's certificate.</summary>
    [Fact]
    public async Task A_disability_vehicle_is_exempt_on_the_federations_certificate()
    {
        var report = await IssueAsync(Household(Scenario.DisabilityVehicle, "371700", "minimum_living"));

        Assert.Equal(VehicleUses.Disabled, report.Sources.Single(s => s.Source == "vehicle").Records!.Vehicles.Single().Use);
        Assert.Equal(1m, report.Metrics.Single(m => m.Name == "exemptVehicleCount").Value);
        var vehicles = report.Findings.Single(f => f.Rule == "vehicles");
        Assert.Equal(FindingOutcomes.Pass, vehicles.Outcome);
        Assert.Equal(["vehicle", "disability"], vehicles.Sources);
    }

    /// <summary>An adult whose registry entry is a 营运 taxi: the taxi counts, it is no exempt tool of livelihood.</summary>
    [Fact]
    public async Task A_commercial_taxi_counts_against_the_household()
    {
        var owner = Enumerable.Range(0, 500).Select(i => TestIds.Make(new DateOnly(1975, 1, 1).AddDays(37 * i), serial: i % 900))
            .First(id => VehicleData.For(id).Any(v => v.Use == VehicleData.Commercial));
        var request = Households.Family() with
        {
            Members = [new MemberRequest { Name = "出租车主", IdNumber = owner, Relation = "applicant" }],
            Consent = Households.Family().Consent! with { SignedBy = [owner] },
        };

        var report = await IssueAsync(request);

        var taxi = report.Sources.Single(s => s.Source == "vehicle").Records!.Vehicles.Single(v => v.Use == VehicleUses.Commercial);
        Assert.Equal(VehicleTypes.Car, taxi.VehicleType);
        Assert.Equal(0m, report.Metrics.Single(m => m.Name == "exemptVehicleCount").Value);
        var vehicles = report.Findings.Single(f => f.Rule == "vehicles");
        Assert.Equal(FindingOutcomes.Fail, vehicles.Outcome);
        Assert.Equal(["vehicle"], vehicles.Sources);
    }

    /// <summary>鲁山: unemployment benefit ends, and the member who draws it can work: rechecked every six months.</summary>
    [Fact]
    public async Task A_household_on_unemployment_benefit_is_rechecked_half_yearly_with_the_reason()
    {
        var report = await IssueAsync(Household(Scenario.UnemployedOnBenefit, "410423", "minimum_living"));

        Assert.Contains(report.Income.Gross, l => l.Kind == "unemployment_benefit" && l.MonthlyCny == 1_620m);
        Assert.Equal(6, report.Recheck!.Months);
        Assert.Contains("成员1领取失业保险金", report.Recheck.Reason);
        Assert.Equal("二（二）6：对收入来源不固定、家庭成员有劳动能力的低保家庭，每半年核查一次", report.Recheck.Cite);
    }

    /// <summary>What the request declares is stored (encrypted) and comes back in the report: a recheck and its expenses.</summary>
    [Fact]
    public async Task Declarations_travel_from_the_request_to_the_report()
    {
        var household = Household(Scenario.Eligible, "510000", "expenditure_hardship") with
        {
            RecipientSince = new DateOnly(2024, 5, 1),
            Expenses = new ExpensesRequest { MedicalCny = 18_000m, EducationCny = 3_600m },
        };
        household = household with { Members = household.Members!.Select((m, i) => i == 0 ? m with { Employment = Employments.Flexible } : m).ToList() };

        var report = await IssueAsync(household);

        Assert.Equal(new DateOnly(2024, 5, 1), report.RecipientSince);
        Assert.Equal(Employments.Flexible, report.Members[0].Employment);
        Assert.Equal([("medical_expenses", 1_500m), ("education_expenses", 300m)], report.Income.Deductions.Select(d => (d.Kind, d.MonthlyCny)));
        Assert.Equal("510000/expenditure_hardship", report.Policy.Id);
    }

    private async Task<VerificationReport> IssueAsync(SubmitVerificationRequest request, string status = "completed")
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(request);
        Assert.Equal(status, (await client.WaitUntilFinishedAsync(id)).Status);
        return await client.ReportAsync(id);
    }

    /// <summary>The scenario's people as one household: the first applies, the others are spouse or children by age.</summary>
    private static SubmitVerificationRequest Household(Scenario scenario, string jurisdiction, string assistanceType)
    {
        var people = ScenarioBook.Households[scenario];
        var template = Households.Family(jurisdiction);
        var born = people.Select(id => int.Parse(id[6..10])).ToList();
        return template with
        {
            AssistanceType = assistanceType,
            Members = people.Select((id, i) => new MemberRequest
            {
                Name = "成员" + i, IdNumber = id,
                Relation = i == 0 ? "applicant" : born[i] - born[0] >= 18 ? "child" : "spouse",
            }).ToList(),
            Consent = template.Consent! with { SignedBy = people.Where(id => int.Parse(id[6..10]) <= DateTime.UtcNow.Year - 18).ToList() },
        };
    }
}
