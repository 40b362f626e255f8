using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy, <c>X-Forwarded-Proto: https</c> makes the request https (and so earns
/// HSTS) only when it comes from a proxy named in <c>Proxy:KnownProxies</c> or <c>Proxy:KnownNetworks</c>.
/// </summary>
public sealed class When_behind_a_proxy
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("--Proxy:KnownProxies:0=10.0.0.5", false)]
    [InlineData("--Proxy:KnownProxies:0=127.0.0.1", true)]
    [InlineData("--Proxy:KnownNetworks:0=127.0.0.0/8", true)]
    public async Task Forwarded_https_counts_only_from_a_known_proxy(string? proxy, bool honoured)
    {
        await using var api = await QuietEmbeddedApi.StartAsync(proxy is null ? [] : [proxy]);
        using var http = new HttpClient { BaseAddress = api.App.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { Host = "hub.test" } };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await http.SendAsync(request);

        Assert.Equal(honoured, response.Headers.Contains("Strict-Transport-Security"));
        await HardenedResponse.AssertAsync(response, "/health/live");
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_stops_the_start()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => QuietEmbeddedApi.StartAsync("--Proxy:KnownNetworks:0=10.0.0.0/33"));
        Assert.Contains("Proxy:KnownNetworks", failure.Message);
    }
}
