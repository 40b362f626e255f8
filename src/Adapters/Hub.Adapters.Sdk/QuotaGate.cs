namespace Hub.Adapters.Sdk;

/// <summary>
/// Spaces request starts at least 1.05/N seconds apart, so no one-second window of planned starts ever holds more
/// than N — the way a department counts its quota. Slots are reserved from a clock, not released by a timer, so a
/// late timer delays a start without moving the slots after it; the 5 % margin absorbs such lateness and network
/// jitter up to 50 ms between two starts.
/// </summary>
public sealed class QuotaGate(double requestsPerSecond, TimeProvider time)
{
    private readonly TimeSpan spacing = TimeSpan.FromSeconds(1.05 / requestsPerSecond);
    private readonly Lock gate = new();
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve() - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>Takes the next start slot: now, or one spacing after the slot taken before it, whichever is later.</summary>
    public DateTimeOffset Reserve()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var slot = next > now ? next : now;
            next = slot + spacing;
            return slot;
        }
    }
}
