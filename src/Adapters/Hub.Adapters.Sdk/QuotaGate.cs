namespace Hub.Adapters.Sdk;

/// <summary>
/// Spaces request starts at least 1.05/N seconds apart, so no one-second window ever holds more than N —
/// the way a department counts its quota. Slots are reserved from a clock, not released by a timer,
/// so a late timer can delay a start but never bunch two together.
/// </summary>
public sealed class QuotaGate(double requestsPerSecond, TimeProvider time)
{
    private readonly TimeSpan spacing = TimeSpan.FromSeconds(1.05 / requestsPerSecond);
    private readonly Lock gate = new();
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        lock (gate)
        {
            var now = time.GetUtcNow();
            slot = next > now ? next : now;
            next = slot + spacing;
        }
        var wait = slot - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
    }
}
