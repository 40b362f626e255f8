using System.Threading.RateLimiting;

namespace Hub.Adapters.Sdk;

/// <summary>The quota a department granted (requests per second) and a cap on calls in flight, for one department.</summary>
public sealed class DepartmentLimiter(SourceOptions options, TimeProvider time) : IAsyncDisposable
{
    private readonly QuotaGate? quota = options.RequestsPerSecond is { } perSecond ? new QuotaGate(perSecond, time) : null;
    private readonly ConcurrencyLimiter inFlight = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.MaxConcurrentCalls,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Waits for a call slot and then for the quota; dispose the result when the call is over.</summary>
    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var slot = await inFlight.AcquireAsync(1, cancellationToken);
        if (quota is null) return slot;
        try
        {
            await quota.WaitAsync(cancellationToken);
            return slot;
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync() => inFlight.DisposeAsync();
}
