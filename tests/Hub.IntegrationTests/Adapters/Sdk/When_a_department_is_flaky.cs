using System.Diagnostics;
using Hub.Adapters.Sdk;
using Hub.Adapters.Tax;
using Hub.Contracts.Messages;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Faults;
using Hub.Testing;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Adapters.Sdk;

[Collection(TimingCollection.Name)]
public sealed class When_a_department_is_flaky
{
    [Fact]
    public async Task Server_errors_then_success_give_an_answer_with_every_attempt_counted()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync("RetryDelay=00:00:00.050");
        using var metrics = new MetricsRecorder();
        using var events = new PollyEvents();
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 2 });

        var answer = await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));

        Assert.Equal(3, answer.Attempts);
        Assert.Equal(3, metrics.Sum("hub.department.attempts", "tax"));
        var retries = events.Of("OnRetry", DepartmentResilience.QueryPipeline, "tax");
        Assert.Equal(2, retries.Count);
        Assert.All(retries, r => Assert.Equal("tax", r["operation.key"]));
        Assert.Equal(3, (await harness.RequestsAsync()).Count);
    }

    [Fact]
    public async Task Polly_logs_its_retries_naming_the_source_and_never_the_people_asked_about()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 2 });
        var command = AdapterHarness<TaxAdapter>.Command(TestIds.Adult(), TestIds.Adult());

        await harness.AnsweredAsync(command);

        var polly = harness.Logs.All.Where(l => l.Category == "Polly").ToList();
        Assert.Equal(2, polly.Count(l => l.Level == LogLevel.Warning && l.Message.Contains("'OnRetry'") && l.Message.Contains("source-query/tax/")));
        string[] personal = [command.CaseRef, command.UserId!, .. command.Members.SelectMany(m => new[] { m.IdNumber, m.Name })];
        Assert.All(polly, l => Assert.DoesNotContain(personal, p => l.Message.Contains(p, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Too_many_requests_waits_as_long_as_retry_after_says()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { ThrottleNext = 1, RetryAfterSeconds = 1 });
        var clock = Stopwatch.StartNew();

        var answer = await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));

        Assert.Equal(2, answer.Attempts);
        // The configured delay is 10 ms; only the department's Retry-After explains a wait of a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
        var requests = await harness.RequestsAsync();
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.95));
    }

    [Fact]
    public async Task A_hanging_department_costs_one_attempt_timeout_per_attempt()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync(
            "AttemptTimeout=00:00:00.300", "MaxRetries=1", "RetryDelay=00:00:00.010", "Timeout=00:00:05");
        await harness.SetFaultsAsync(new FaultSettings { Hang = true });
        var clock = Stopwatch.StartNew();

        var failed = Assert.IsType<SourceCheckFailed>(await harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult())));

        Assert.True(failed.Attempts == 2, $"{failed.Attempts} attempt(s): {failed.Reason}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"gave up after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_request_that_is_not_safe_to_repeat_is_not_retried()
    {
        await using var harness = await AdapterHarness<UnsafeTaxQuery>.StartAsync("RetryDelay=00:00:00.010");
        await harness.SetFaultsAsync(new FaultSettings { FailNext = 1 });

        var failed = Assert.IsType<SourceCheckFailed>(await harness.QueryAsync(AdapterHarness<UnsafeTaxQuery>.Command(TestIds.Adult())));

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("503", failed.Reason);
    }
}
