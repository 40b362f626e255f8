using System.Net;
using Hub.Core.Audit;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Core.Audit;

[Collection(PipelineCollection.Name)]
public sealed class When_a_verification_is_audited(ProductionStack stack)
{
    /// <summary>request_received, a department_queried and a department_answered per department, report_issued.</summary>
    private static readonly int EventsOfACompletedVerification = 2 + 2 * TestDepartments.Codes.Count;

    [Fact]
    public async Task Each_step_leaves_an_event_with_masked_members()
    {
        using var client = stack.Client();
        using var audit = new AuditClient(stack);
        var household = Households.Family();
        var id = await client.SubmitAcceptedAsync(household, userId: "caseworker-7");
        await client.WaitUntilFinishedAsync(id);

        var events = await audit.WaitUntilSealedAsync(id, EventsOfACompletedVerification);

        Assert.Equal(
            [AuditEventKind.RequestReceived, .. Enumerable.Repeat(AuditEventKind.DepartmentQueried, TestDepartments.Codes.Count),
                .. Enumerable.Repeat(AuditEventKind.DepartmentAnswered, TestDepartments.Codes.Count), AuditEventKind.ReportIssued],
            events.Select(e => e.Kind));
        var received = events[0];
        Assert.Equal((TestKeys.CallerAll, "caseworker-7"), (received.Actor, received.UserId));
        Assert.Equal(household.CaseRef, received.Details.GetProperty("caseRef").GetString());
        Assert.Equal(household.Consent!.Reference, received.Details.GetProperty("consentReference").GetString());
        Assert.Equal(TestDepartments.Codes.Order(), events.Where(e => e.Kind == AuditEventKind.DepartmentQueried)
            .Select(e => e.Details.GetProperty("source").GetString()).Order());
        Assert.All(events.Where(e => e.Kind == AuditEventKind.DepartmentAnswered),
            e => Assert.Matches("^[0-9a-f]{64}$", e.Details.GetProperty("evidenceSha256").GetString()));

        var details = string.Join("\n", events.Select(e => e.Details.GetRawText()));
        foreach (var member in household.Members!)
        {
            Assert.DoesNotContain(member.IdNumber!, details);
            Assert.Contains(member.IdNumber![..6] + "********" + member.IdNumber[^4..], details);
        }
    }

    [Fact]
    public async Task Reading_the_report_leaves_an_event_naming_the_reader()
    {
        using var client = stack.Client();
        using var audit = new AuditClient(stack);
        var id = await client.SubmitAcceptedAsync(Households.Family());
        await client.WaitUntilFinishedAsync(id);

        using var reader = new HttpClient { BaseAddress = stack.Api.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verifications/{id}/report");
        request.Headers.Add("X-Api-Key", TestKeys.CallerAll);
        request.Headers.Add("X-User-Id", "caseworker-9");
        using var response = await reader.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var events = await audit.WaitUntilSealedAsync(id, EventsOfACompletedVerification + 1);
        var read = Assert.Single(events, e => e.Kind == AuditEventKind.ReportRead);
        Assert.Equal((TestKeys.CallerAll, "caseworker-9"), (read.Actor, read.UserId));
    }

    [Fact]
    public async Task The_sealed_chain_verifies()
    {
        using var client = stack.Client();
        using var audit = new AuditClient(stack);
        var id = await client.SubmitAcceptedAsync(Households.Family());
        await client.WaitUntilFinishedAsync(id);
        var events = await audit.WaitUntilSealedAsync(id, EventsOfACompletedVerification);

        var result = await audit.VerifyAsync();

        Assert.True(result.Valid, result.Reason);
        Assert.Null(result.FirstBrokenEvent);
        Assert.True(result.CheckedEvents >= events.Max(e => e.Sequence!.Value));
        Assert.True(result.CheckedCheckpoints > 0);
        await using var db = stack.Database();
        Assert.True((await db.LatestCheckpointAsync(CancellationToken.None))!.LastSequence >= events.Max(e => e.Sequence!.Value));
    }

    [Theory]
    [InlineData(TestKeys.CallerAll)]
    [InlineData(TestKeys.Operator)]
    public async Task Only_auditors_see_the_trail(string apiKey)
    {
        using var client = stack.Client(apiKey);
        using var verify = await client.GetAsync("/api/v1/audit/verify");
        using var events = await client.GetAsync($"/api/v1/audit/events?verificationId={Guid.NewGuid()}");
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (verify.StatusCode, events.StatusCode));
    }
}
