namespace Hub.Contracts.Identity;

public static class ChinaTime
{
    /// <summary>China Standard Time (no daylight saving): consent dates and ages are counted in it.</summary>
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
