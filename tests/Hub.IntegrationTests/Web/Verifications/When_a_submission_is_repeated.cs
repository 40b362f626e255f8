using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Api;
using Hub.Core;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Web.Verifications;

[Collection(PipelineCollection.Name)]
public sealed class When_a_submission_is_repeated(ProductionStack stack)
{
    [Fact]
    public async Task The_same_key_and_body_return_the_original_verification()
    {
        using var client = stack.Client();
        var household = Households.Family();
        var key = Guid.NewGuid().ToString();

        using var first = await client.SubmitAsync(household, key);
        using var second = await client.SubmitAsync(household, key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<VerificationAccepted>(HubJson.Options);
        var b = await second.Content.ReadFromJsonAsync<VerificationAccepted>(HubJson.Options);
        Assert.Equal(a, b);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await CountAsync(household.CaseRef!));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_conflict_that_changes_nothing()
    {
        using var client = stack.Client();
        var household = Households.Family();
        var key = Guid.NewGuid().ToString();
        using var first = await client.SubmitAsync(household, key);

        using var second = await client.SubmitAsync(household with { CaseRef = household.CaseRef + "-X" }, key);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await CountAsync(household.CaseRef + "-X"));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_store_one_verification()
    {
        using var client = stack.Client();
        var household = Households.Family();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SubmitAsync(household, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await CountAsync(household.CaseRef!));
        var id = (await responses[0].Content.ReadFromJsonAsync<VerificationAccepted>(HubJson.Options))!.Id;
        Assert.Equal(TestDepartments.Codes.Count, (await OutboxRows.ForAsync(stack, id)).Count);
    }

    private async Task<int> CountAsync(string caseRef)
    {
        await using var db = stack.Database();
        return await db.Verifications.CountAsync(v => v.CaseRef == caseRef);
    }
}
