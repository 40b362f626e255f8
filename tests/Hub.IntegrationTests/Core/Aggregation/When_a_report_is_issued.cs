using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Core;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Scenarios;

namespace Hub.IntegrationTests.Core.Aggregation;

/// <summary>The whole way: named households through every department to a signed report anyone can check.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_a_report_is_issued(ProductionStack stack)
{
    [Fact]
    public async Task A_household_with_two_houses_exceeds_the_criteria_and_the_finding_cites_the_registry()
    {
        var report = await IssueAsync(Scenario.TwoHouses);

        Assert.Equal(Conclusions.ExceedsCriteria, report.Conclusion);
        var failed = report.Findings.Where(f => f.Outcome == FindingOutcomes.Fail).ToList();
        Assert.Equal(["residential_properties", "residential_area"], failed.Select(f => f.Rule));
        Assert.All(failed, f => Assert.Equal(["real_estate"], f.Sources));
        Assert.Equal("371700/minimum_living", report.Policy.Id);
    }

    [Fact]
    public async Task An_eligible_household_meets_the_criteria()
    {
        var report = await IssueAsync(Scenario.Eligible);

        Assert.Equal(Conclusions.MeetsCriteria, report.Conclusion);
        Assert.All(report.Findings, f => Assert.Equal(FindingOutcomes.Pass, f.Outcome));
        Assert.NotEmpty(report.Metrics);
    }

    [Fact]
    public async Task The_envelope_verifies_and_a_changed_byte_does_not()
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(HouseholdOf(Scenario.OwnsCar));
        await client.WaitUntilFinishedAsync(id);
        var envelope = await (await client.GetAsync($"/api/v1/verifications/{id}/report")).Content.ReadAsStringAsync();
        using var anyone = new HttpClient { BaseAddress = stack.Api.Address };

        var verdict = await VerifyAsync(anyone, envelope);
        var tampered = await VerifyAsync(anyone, envelope.Replace("\"status\":\"completed\"", "\"status\":\"Completed\""));

        var kid = JsonDocument.Parse(envelope).RootElement.GetProperty("report").GetProperty("signingKeyId").GetString();
        Assert.True(verdict.GetProperty("valid").GetBoolean(), verdict.ToString());
        Assert.Equal(kid, verdict.GetProperty("kid").GetString());
        Assert.False(tampered.GetProperty("valid").GetBoolean());
        Assert.Contains(kid!, await anyone.GetStringAsync("/.well-known/jwks.json"));
    }

    [Fact]
    public async Task The_report_is_served_as_a_bare_jws_and_as_a_printable_page()
    {
        using var client = stack.Client();
        var household = HouseholdOf(Scenario.HighIncome);
        var id = await client.SubmitAcceptedAsync(household);
        await client.WaitUntilFinishedAsync(id);
        var envelope = JsonDocument.Parse(await (await client.GetAsync($"/api/v1/verifications/{id}/report")).Content.ReadAsStringAsync()).RootElement;

        var jws = await GetAsync(client, id, "application/jose");
        var page = await GetAsync(client, id, "text/html");

        Assert.Equal(envelope.GetProperty("jws").GetString(), jws);
        Assert.Contains("家庭经济状况核对报告", page);
        Assert.Contains("超出条件", page);
        Assert.Contains(envelope.GetProperty("report").GetProperty("signingKeyId").GetString()!, page);
        foreach (var member in household.Members!)
        {
            Assert.DoesNotContain(member.IdNumber!, page);
            Assert.Contains(member.IdNumber![..6] + "********" + member.IdNumber[^4..], page);
        }
    }

    private async Task<VerificationReport> IssueAsync(Scenario scenario)
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(HouseholdOf(scenario));
        Assert.Equal("completed", (await client.WaitUntilFinishedAsync(id)).Status);
        return await client.ReportAsync(id);
    }

    /// <summary>The scenario's people as one household in 菏泽, applying for 低保.</summary>
    private static SubmitVerificationRequest HouseholdOf(Scenario scenario)
    {
        var people = ScenarioBook.Households[scenario];
        var template = Households.Family();
        return template with
        {
            Members = people.Select((id, i) => new MemberRequest
            {
                Name = "成员" + i, IdNumber = id, Relation = i == 0 ? "applicant" : id[6..10] == "2012" ? "child" : "spouse",
            }).ToList(),
            Consent = template.Consent! with { SignedBy = people.Where(id => id[6..10] != "2012").ToList() },
        };
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient http, string envelope)
    {
        using var response = await http.PostAsync("/api/v1/reports/verify", new StringContent(envelope, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(HubJson.Options);
    }

    private static async Task<string> GetAsync(HubClient client, Guid id, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verifications/{id}/report");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        using var response = await client.SendAsync(request);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
