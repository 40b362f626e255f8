using System.Diagnostics;
using Hub.Adapters.Tax;
using Hub.Contracts.Messages;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Faults;
using Hub.Testing;

namespace Hub.IntegrationTests.Adapters.Sdk;

[Collection(TimingCollection.Name)]
public sealed class When_a_department_is_down
{
    [Fact]
    public async Task Its_breaker_opens_and_later_queries_fail_fast_without_calling_it()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync(
            "MaxRetries=1", "RetryDelay=00:00:00.010", "BreakerMinimumThroughput=4", "BreakerBreakDuration=00:01:00");
        using var metrics = new MetricsRecorder();
        await harness.SetFaultsAsync(new FaultSettings { Outage = true });

        for (var i = 0; i < 3; i++)
            Assert.IsType<SourceCheckFailed>(await harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult())));
        var calls = (await harness.RequestsAsync()).Count;
        var clock = Stopwatch.StartNew();
        var failed = Assert.IsType<SourceCheckFailed>(await harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult())));

        Assert.Contains("circuit breaker is open", failed.Reason);
        Assert.Equal(ReasonCodes.BreakerOpen, failed.ReasonCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Equal(calls, (await harness.RequestsAsync()).Count);
        Assert.Equal(1, metrics.Sum("hub.department.breaker.opened", "tax"));
    }
}
