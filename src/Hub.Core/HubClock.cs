namespace Hub.Core;

public static class HubClock
{
    /// <summary>China Standard Time (no daylight saving): consent dates and ages are counted in it.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}
