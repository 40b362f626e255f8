using System.Net;
using System.Text.Json;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>Issue 7, part 8, in production: https only, to a host on the client's allow-list, nothing hidden in the URL.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_a_callback_url_is_given(ProductionStack stack)
{
    [Fact]
    public async Task An_https_url_on_the_allow_list_is_stored()
    {
        using var client = stack.Client();
        var url = $"https://{TestKeys.CallbackHost}/hub/results?case=7";

        var id = await client.SubmitAcceptedAsync(Households.Family() with { CallbackUrl = url });

        await using var db = stack.Database();
        Assert.Equal(url, (await db.Verifications.SingleAsync(v => v.Id == id)).CallbackUrl);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://example.org/\r\nX: y")]
    [InlineData("http://hooks.example.org/hub/results")]
    [InlineData("https://user:secret@hooks.example.org/hub/results")]
    [InlineData("https://@hooks.example.org/hub/results")]
    [InlineData("https://hooks.example.org.attacker.test/hub/results")]
    [InlineData("https://hooks.example.org/hub/\u0085results")]
    [InlineData("https://hooks.example.org/hub results")]
    public async Task A_url_outside_the_rules_is_refused_and_nothing_stored(string url)
    {
        await AssertRefusedAsync(TestKeys.CallerAll, url);
    }

    [Fact]
    public async Task A_url_over_2048_characters_is_refused() =>
        await AssertRefusedAsync(TestKeys.CallerAll, $"https://{TestKeys.CallbackHost}/" + new string('a', 2049));

    [Fact]
    public async Task A_client_without_callback_hosts_may_give_no_url() =>
        await AssertRefusedAsync(TestKeys.CallerHeze, $"https://{TestKeys.CallbackHost}/hub/results");

    private async Task AssertRefusedAsync(string apiKey, string url)
    {
        using var client = stack.Client(apiKey);
        var before = await CountAsync();

        using var response = await client.SubmitAsync(Households.Family() with { CallbackUrl = url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("callbackUrl", out _), problem.ToString());
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var db = stack.Database();
        return await db.Verifications.CountAsync();
    }
}
