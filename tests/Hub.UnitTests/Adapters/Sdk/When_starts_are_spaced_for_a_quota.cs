using Hub.Adapters.Sdk;
using Hub.UnitTests.Infrastructure;

namespace Hub.UnitTests.Adapters.Sdk;

/// <summary>
/// The quota gate's plan, on a clock the test moves: whatever the machine is doing, no one-second window holds more
/// planned starts than the quota (the burst test beside it shows the plan is followed against a real department).
/// </summary>
public sealed class When_starts_are_spaced_for_a_quota
{
    private const int Quota = 5;

    [Fact]
    public void A_burst_is_spread_so_no_second_holds_more_than_the_quota()
    {
        var clock = new ManualTime(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
        var gate = new QuotaGate(Quota, clock);

        var slots = Enumerable.Range(0, 16).Select(_ => gate.Reserve()).ToList();

        Assert.Equal(clock.GetUtcNow(), slots[0]);
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1.05 / Quota), pair.Second - pair.First));
        Assert.True(Busiest(slots) <= Quota, $"{Busiest(slots)} starts in one second");
    }

    [Fact]
    public void Starts_after_a_pause_begin_at_once_and_never_crowd_the_ones_before()
    {
        var clock = new ManualTime(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
        var gate = new QuotaGate(Quota, clock);
        var slots = new List<DateTimeOffset>();

        DateTimeOffset? afterPause = null;
        foreach (var pause in new[] { 0, 50, 50, 900, 10, 10, 10, 10, 10, 10, 3_000, 0, 0, 0, 0, 0, 0 })
        {
            clock.Advance(TimeSpan.FromMilliseconds(pause));
            slots.Add(gate.Reserve());
            if (pause == 3_000) afterPause = clock.GetUtcNow();
        }

        Assert.True(Busiest(slots) <= Quota, $"{Busiest(slots)} starts in one second");
        Assert.Equal(afterPause, slots[10]);
    }

    private static int Busiest(List<DateTimeOffset> slots) =>
        slots.Max(start => slots.Count(t => t >= start && t < start.AddSeconds(1)));
}
