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

        // Warm up first: JIT and connection set-up in this one test process would otherwise hold the first requests back and bunch them.
        await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));
        var results = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(_ => harness.QueryAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()))));

        Assert.All(results, r => Assert.IsType<SourceChecked>(r));
        var arrivals = (await harness.RequestsAsync()).Select(r => r.At).Order().ToList();
        Assert.Equal(17, arrivals.Count);
        var busiest = arrivals.Select(start => arrivals.Count(t => t >= start && t < start.AddSeconds(1))).Max();
        Assert.True(busiest <= quota, $"{busiest} requests arrived within one second: {string.Join(", ", arrivals.Select(a => (a - arrivals[0]).TotalMilliseconds))}");
    }
}
