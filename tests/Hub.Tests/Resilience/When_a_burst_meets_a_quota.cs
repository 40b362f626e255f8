using Hub.Adapters.Tax;
using Hub.Contracts.Messages;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Resilience;

[Collection(TimingCollection.Name)]
public sealed class When_a_burst_meets_a_quota
{
    [Fact]
    public async Task The_department_never_sees_more_than_its_quota_in_any_second()
    {
        const int quota = 5;
        await using var harness = await AdapterHarness<TaxAdapter>.StartAsync($"RequestsPerSecond={quota}", "Timeout=00:00:30");

        // Warm up first, and count only the burst: JIT and connection set-up in this one test process would
        // otherwise delay the first request and make it look bunched with the next.
        await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));
        var burst = Enumerable.Range(0, 16).Select(_ => AdapterHarness<TaxAdapter>.Command(TestIds.Adult())).ToList();
        var results = await Task.WhenAll(burst.Select(harness.QueryAsync));

        Assert.All(results, r => Assert.IsType<SourceChecked>(r));
        var caseRefs = burst.Select(c => c.CaseRef).ToHashSet();
        var arrivals = (await harness.RequestsAsync()).Where(r => caseRefs.Contains(r.CaseRef!)).Select(r => r.At).Order().ToList();
        Assert.Equal(16, arrivals.Count);
        var busiest = arrivals.Select(start => arrivals.Count(t => t >= start && t < start.AddSeconds(1))).Max();
        Assert.True(busiest <= quota, $"{busiest} requests arrived within one second: {string.Join(", ", arrivals.Select(a => (a - arrivals[0]).TotalMilliseconds))}");
    }
}
