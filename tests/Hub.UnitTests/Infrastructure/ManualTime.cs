namespace Hub.UnitTests.Infrastructure;

/// <summary>A clock that moves only when the test moves it, so timing rules are checked without waiting or racing.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
