using System.Net;
using System.Text;
using Hub.Web.Verifications;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Web.Hosting;

/// <summary>
/// Every endpoint of the running API, asked once properly and once wrongly, answers with the hardened
/// headers: nosniff, a Content-Security-Policy, no Server header, and no-store on everything under /api/.
/// The list below is checked against the app's own endpoints, so a new endpoint cannot be left out.
/// </summary>
[Collection(HardenedCollection.Name)]
public sealed class When_any_endpoint_answers(HardenedStack stack)
{
    private sealed record Call(string Method, string Path, string? ApiKey = TestKeys.CallerAll, string? Body = null,
        string? Accept = null, bool WithIdempotencyKey = true);

    /// <summary>Route pattern → a valid and an invalid request (and more where one endpoint has several answers).</summary>
    private Dictionary<string, Call[]> Calls() => new()
    {
        ["GET /openapi/v1.json"] = [new("GET", "/openapi/v1.json"), new("POST", "/openapi/v1.json")],
        ["* /health"] = [new("GET", "/health"), new("PUT", "/health", Body: "{")],
        ["* /health/live"] = [new("GET", "/health/live"), new("POST", "/health/live", Body: "{")],
        ["* /health/ready"] = [new("GET", "/health/ready"), new("DELETE", "/health/ready")],
        ["POST /api/v1/verifications/"] =
        [
            new("POST", "/api/v1/verifications", Body: FamilyJson()),
            new("POST", "/api/v1/verifications", Body: FamilyJson(), WithIdempotencyKey: false),
            new("POST", "/api/v1/verifications", ApiKey: null, Body: FamilyJson()),
            new("POST", "/api/v1/verifications", ApiKey: TestKeys.Operator, Body: FamilyJson()),
        ],
        ["GET /api/v1/verifications/{id:guid}"] =
        [
            new("GET", $"/api/v1/verifications/{stack.FinishedId}"),
            new("GET", $"/api/v1/verifications/{Guid.NewGuid()}"),
            new("GET", $"/api/v1/verifications/{stack.FinishedId}", ApiKey: "not-a-key"),
        ],
        ["GET /api/v1/verifications/{id:guid}/report"] =
        [
            new("GET", $"/api/v1/verifications/{stack.FinishedId}/report"),
            new("GET", $"/api/v1/verifications/{stack.FinishedId}/report", Accept: "application/jose"),
            new("GET", $"/api/v1/verifications/{stack.FinishedId}/report", Accept: "text/html"),
            new("GET", $"/api/v1/verifications/{stack.WaitingId}/report", Accept: "text/html"),
            new("GET", $"/api/v1/verifications/{Guid.NewGuid()}/report", Accept: "text/html"),
        ],
        ["GET /.well-known/jwks.json"] = [new("GET", "/.well-known/jwks.json", ApiKey: null), new("POST", "/.well-known/jwks.json")],
        ["POST /api/v1/reports/verify"] =
        [
            new("POST", "/api/v1/reports/verify", ApiKey: null, Body: stack.Envelope),
            new("POST", "/api/v1/reports/verify", ApiKey: null, Body: "[1,2"),
        ],
        ["GET /api/v1/audit/verify"] =
            [new("GET", "/api/v1/audit/verify", ApiKey: TestKeys.Auditor), new("GET", "/api/v1/audit/verify")],
        ["GET /api/v1/audit/events"] =
        [
            new("GET", $"/api/v1/audit/events?verificationId={stack.FinishedId}", ApiKey: TestKeys.Auditor),
            new("GET", "/api/v1/audit/events?verificationId=nope", ApiKey: TestKeys.Auditor),
        ],
        ["no endpoint"] = [new("GET", "/nothing/here"), new("GET", "/openapi/v9.json"), new("DELETE", "/api/v1/verifications")],
    };

    [Fact]
    public void Every_endpoint_of_the_app_is_on_the_list()
    {
        var endpoints = stack.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {e.RoutePattern.RawText}"))
            .Order().ToList();

        Assert.Equal(endpoints, Calls().Keys.Where(k => k != "no endpoint").Order().ToList());
    }

    [Fact]
    public async Task Each_answer_carries_the_hardened_headers()
    {
        using var http = new HttpClient { BaseAddress = stack.Api.Address };
        foreach (var call in Calls().Values.SelectMany(c => c))
        {
            using var response = await http.SendAsync(Request(call));
            await HardenedResponse.AssertAsync(response, call.Path);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http");
        }
    }

    [Fact]
    public async Task The_html_report_may_load_only_its_own_style_and_never_be_framed()
    {
        using var http = new HttpClient { BaseAddress = stack.Api.Address };
        using var response = await http.SendAsync(Request(new("GET", $"/api/v1/verifications/{stack.FinishedId}/report", Accept: "text/html")));
        var page = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(ReportPage.ContentSecurityPolicy, policy);
        var style = page[(page.IndexOf("<style>", StringComparison.Ordinal) + 7)..page.IndexOf("</style>", StringComparison.Ordinal)];
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Contains($"style-src 'sha256-{hash}'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("script", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain(" style=", page);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_public_keys_stay_cacheable()
    {
        using var http = new HttpClient { BaseAddress = stack.Api.Address };
        using var response = await http.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        await HardenedResponse.AssertAsync(response, "/.well-known/jwks.json");
    }

    private static string FamilyJson() => System.Text.Json.JsonSerializer.Serialize(Households.Family(), Hub.Core.HubJson.Options);

    private static HttpRequestMessage Request(Call call)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
        if (call.ApiKey is not null) request.Headers.Add("X-Api-Key", call.ApiKey);
        if (call.Accept is not null) request.Headers.Add("Accept", call.Accept);
        if (call.WithIdempotencyKey) request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        if (call.Body is not null) request.Content = new StringContent(call.Body, Encoding.UTF8, "application/json");
        return request;
    }
}
