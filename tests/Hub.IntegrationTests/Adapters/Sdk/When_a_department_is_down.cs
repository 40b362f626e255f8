using System.Diagnostics;
using Hub.Adapters.Sdk;
using Hub.Adapters.Tax;
using Hub.Contracts.Messages;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Faults;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.IntegrationTests.Adapters.Sdk;

[Collection(TimingCollection.Name)]
public sealed class When_a_department_is_down
{
    [Fact]
    public async Task Its_breaker_opens_and_later_queries_fail_fast_without_calling_it()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync(
            "MaxRetries=1", "RetryDelay=00:00:00.010", "BreakerMinimumThroughput=4", "BreakerBreakDuration=00:01:00");
        using var events = new PollyEvents();
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
        var opened = Assert.Single(events.Of("OnCircuitOpened", DepartmentResilience.QueryPipeline, "tax"));
        Assert.Equal("tax", opened["operation.key"]);
    }

    [Fact]
    public async Task Its_readiness_check_is_degraded_while_the_breaker_is_open_and_healthy_once_it_answers_again()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync(
            "MaxRetries=1", "RetryDelay=00:00:00.010", "BreakerMinimumThroughput=4", "BreakerBreakDuration=00:00:01");
        Assert.Equal((HealthStatus.Healthy, "closed"), await ReadinessAsync(harness));

        await harness.SetFaultsAsync(new FaultSettings { Outage = true });
        SourceCheckFailed failed;
        do failed = Assert.IsType<SourceCheckFailed>(await harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult())));
        while (failed.ReasonCode != ReasonCodes.BreakerOpen);
        // The state stays open until a call after the break tries the department again, however slow this box is.
        Assert.Equal((HealthStatus.Degraded, "open"), await ReadinessAsync(harness));

        await harness.SetFaultsAsync(new FaultSettings());
        var deadline = Stopwatch.StartNew();
        while (await harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult())) is not SourceChecked)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the department never answered again");
            await Task.Delay(200);
        }
        Assert.Equal((HealthStatus.Healthy, "closed"), await ReadinessAsync(harness));
    }

    private static async Task<(HealthStatus, object)> ReadinessAsync(AdapterHarness<TaxAdapter> harness)
    {
        var report = await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
        var entry = Assert.Single(report.Entries, e => e.Key == "source-tax").Value;
        Assert.Equal("tax", entry.Data["source"]);
        return (entry.Status, entry.Data["state"]);
    }
}
