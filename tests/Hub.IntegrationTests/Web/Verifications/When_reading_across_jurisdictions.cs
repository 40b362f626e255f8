using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Web.Verifications;

[Collection(PipelineCollection.Name)]
public sealed class When_reading_across_jurisdictions(ProductionStack stack)
{
    [Fact]
    public async Task Another_jurisdictions_verification_is_not_found()
    {
        using var rizhao = stack.Client(TestKeys.CallerAll);
        using var heze = stack.Client(TestKeys.CallerHeze);
        var id = await rizhao.SubmitAcceptedAsync(Households.Family(jurisdiction: "371100"));

        using var status = await heze.GetAsync($"/api/v1/verifications/{id}");
        using var report = await heze.GetAsync($"/api/v1/verifications/{id}/report");

        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal("application/problem+json", status.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await rizhao.GetAsync($"/api/v1/verifications/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_caller_cannot_submit_for_another_jurisdiction()
    {
        using var heze = stack.Client(TestKeys.CallerHeze);
        using var response = await heze.SubmitAsync(Households.Family(jurisdiction: "371100"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized)]
    [InlineData("demo-caller-key", HttpStatusCode.Unauthorized)]
    [InlineData(TestKeys.Auditor, HttpStatusCode.Forbidden)]
    [InlineData(TestKeys.Operator, HttpStatusCode.Forbidden)]
    public async Task Only_callers_submit(string? apiKey, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/verifications")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(Households.Family()), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
