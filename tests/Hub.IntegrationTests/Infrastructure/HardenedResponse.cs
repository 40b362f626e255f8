using System.Net;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>What every answer of the API must carry, whatever was asked.</summary>
public static class HardenedResponse
{
    public const string NoSniff = "nosniff";
    public const string DefaultPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Kestrel itself refuses what is not HTTP it will hand to the app (an encoded NUL in the path, a malformed
    /// request line): a bare 400 that closes the connection, written before any middleware could add a header.
    /// </summary>
    public static bool RefusedByKestrel(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.BadRequest && response.Headers.ConnectionClose == true
        && response.Content.Headers.ContentLength == 0 && !response.Headers.Contains("X-Content-Type-Options");

    /// <summary>Checks the headers and, for a 4xx, that the body is an RFC 9457 problem of that status; returns its title.</summary>
    public static async Task<string?> AssertAsync(HttpResponseMessage response, string path)
    {
        var what = $"{response.RequestMessage?.Method} {path} → {(int)response.StatusCode}";
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == NoSniff, $"{what}: no nosniff");
        Assert.False(response.Headers.Contains("Server"), $"{what}: Server header");
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what}: no Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp!.Single());
        Assert.Contains("frame-ancestors 'none'", csp!.Single());
        if (path.StartsWith("/api/", StringComparison.Ordinal))
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control is '{response.Headers.CacheControl}', not no-store");
        return IsClientError(response.StatusCode) ? await AssertProblemAsync(response, what) : null;
    }

    private static async Task<string?> AssertProblemAsync(HttpResponseMessage response, string what)
    {
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{what}: Content-Type '{response.Content.Headers.ContentType}', not application/problem+json");
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.TryGetProperty("status", out var status) && status.GetInt32() == (int)response.StatusCode,
            $"{what}: the problem's status is not the response's");
        return problem.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
    }

    public static bool IsClientError(HttpStatusCode status) => (int)status is >= 400 and < 500;
}
