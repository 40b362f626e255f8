namespace Hub.Adapters.Sdk;

/// <summary>Counts HTTP attempts across every call of one department query, retries included.</summary>
public sealed class AttemptCounter
{
    private static readonly HttpRequestOptionsKey<AttemptCounter> Key = new("Hub.AttemptCounter");
    private int count;

    public int Count => count;

    public void Attach(HttpRequestMessage request) => request.Options.Set(Key, this);

    public static void CountAttempt(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(Key, out var counter)) Interlocked.Increment(ref counter.count);
    }
}
