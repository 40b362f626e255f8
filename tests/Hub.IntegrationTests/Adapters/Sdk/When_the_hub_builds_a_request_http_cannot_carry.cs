using Hub.Contracts.Messages;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.IntegrationTests.Adapters.Sdk;

/// <summary>
/// Issue 7: a request the hub itself built wrong was sent, failed as a "network" error, was retried and
/// counted by the department's breaker. It is the hub's fault: stopped before the pipeline, reported as such.
/// </summary>
public sealed class When_the_hub_builds_a_request_http_cannot_carry
{
    [Fact]
    public async Task It_is_a_hub_error_never_sent_retried_or_counted_by_the_breaker()
    {
        await using var harness = await AdapterHarness<TaxQueryWithABrokenHeader>.StartAsync("MaxRetries=2", "BreakerMinimumThroughput=2");
        using var metrics = new MetricsRecorder(harness.Services);

        for (var i = 0; i < 6; i++)
        {
            var failed = Assert.IsType<SourceCheckFailed>(await harness.QueryAsync(AdapterHarness<TaxQueryWithABrokenHeader>.Command(TestIds.Adult())));
            Assert.Equal((ReasonCodes.HubError, 0), (failed.ReasonCode, failed.Attempts));
            Assert.DoesNotContain("菏泽", failed.Reason);
        }

        Assert.Empty(await harness.RequestsAsync());
        Assert.Equal(0, metrics.Sum("hub.department.attempts", "tax"));
        // Nothing reached the pipeline: Polly saw no execution, no retry, and the breaker counted nothing.
        Assert.DoesNotContain(harness.Logs.All, l => l.Category == "Polly");
        var readiness = await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal("closed", readiness.Entries["source-tax"].Data["state"]);
    }
}
