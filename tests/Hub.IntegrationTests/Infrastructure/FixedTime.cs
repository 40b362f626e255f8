namespace Hub.IntegrationTests.Infrastructure;

/// <summary>A clock that shows one instant: "ninety days later" without waiting ninety days.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
