using System.Net;
using System.Text.Json;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Embedded;

/// <summary>
/// Issue 7, part 8, with the exact URLs the embedded hub stored: the demo caller may call back only to
/// localhost (http allowed in the embedded run), never to cloud metadata, the simulators' admin API or a
/// URL that smuggles a header.
/// </summary>
public sealed class When_an_embedded_caller_gives_a_callback_url(SharedEmbeddedHub hub) : IClassFixture<SharedEmbeddedHub>
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:5081/admin/faults/bank")]
    [InlineData("https://example.org/\r\nX: y")]
    public async Task The_url_is_refused_and_nothing_stored(string url)
    {
        using var client = hub.Client();
        var before = await hub.CountVerificationsAsync();

        using var response = await client.SubmitAsync(Households.Family() with { CallbackUrl = url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("callbackUrl", out _), problem.ToString());
        Assert.Equal(before, await hub.CountVerificationsAsync());
    }

    [Fact]
    public async Task A_localhost_url_is_accepted()
    {
        using var client = hub.Client();

        using var response = await client.SubmitAsync(Households.Family() with { CallbackUrl = "http://localhost:5080/hooks/results" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
