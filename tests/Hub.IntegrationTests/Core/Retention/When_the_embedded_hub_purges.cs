using System.Net;
using System.Net.Http.Json;
using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Retention;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;

namespace Hub.IntegrationTests.Core.Retention;

/// <summary>The same purge on the embedded mode's SQLite database, where times are stored as ticks.</summary>
public sealed class When_the_embedded_hub_purges : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-retention-").FullName;
    private RunningApp api = null!;

    public async Task InitializeAsync() => api = await EmbeddedHub.StartAsync(folder);

    [Fact]
    public async Task The_report_is_gone_the_status_answers_and_the_trail_verifies()
    {
        using var client = new HubClient(api.Address, "demo-caller-key");
        var id = await client.SubmitAcceptedAsync(Households.RareNames());
        var completedAt = (await client.WaitUntilFinishedAsync(id)).CompletedAt!.Value;

        var counts = await RetentionRuns.AtAsync(api.Services, completedAt + new RetentionOptions().Reports + TimeSpan.FromSeconds(1));

        Assert.Equal(1, counts.Verifications);
        using (var gone = await client.GetAsync($"/api/v1/verifications/{id}/report"))
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.NotNull((await client.StatusAsync(id)).PurgedAt);
        using var auditor = new HttpClient { BaseAddress = api.Address, DefaultRequestHeaders = { { "X-Api-Key", "demo-auditor-key" } } };
        for (var until = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(100))
        {
            var verdict = (await auditor.GetFromJsonAsync<AuditVerification>("/api/v1/audit/verify", HubJson.Options))!;
            Assert.True(verdict.Valid, verdict.Reason);
            // request_received, 6 queried, 6 answered, report_issued, data_purged: all sealed and checked.
            if (verdict.CheckedEvents >= 15) break;
            Assert.True(DateTime.UtcNow < until, $"only {verdict.CheckedEvents} events sealed");
        }
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
