using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Hub.Bench;

/// <summary>The one HttpClient of the run: pooled keep-alive connections, no client-side timeout (the run enforces its own).</summary>
public static class HubClient
{
    public static HttpClient Create(BenchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // Closed loop needs C connections for the polls plus C for the posts; open loop has no bound.
            MaxConnectionsPerServer = Math.Max(1024, 4 * (options.Concurrency ?? 0)),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        var client = new HttpClient(handler) { BaseAddress = options.Url, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public static HttpRequestMessage Submit(string body) => new(HttpMethod.Post, "/api/v1/verifications")
    {
        Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() }, { "X-User-Id", "bench" } },
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };

    /// <summary>A short, single-line excerpt of an unexpected answer for the error summary.</summary>
    public static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        text = text.ReplaceLineEndings(" ");
        return $"HTTP {(int)response.StatusCode} {(text.Length > 200 ? text[..200] + "…" : text)}";
    }
}
