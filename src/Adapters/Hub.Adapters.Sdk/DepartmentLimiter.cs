using System.Threading.RateLimiting;

namespace Hub.Adapters.Sdk;

/// <summary>
/// The quota a department granted (requests per second) and a cap on calls in flight, for one department.
/// The quota is enforced by spacing starts evenly with 5% headroom, so even a burst never exceeds N in any
/// one-second window as the department counts it.
/// </summary>
public sealed class DepartmentLimiter : IAsyncDisposable
{
    private readonly RateLimiter? quota;
    private readonly ConcurrencyLimiter inFlight;

    public DepartmentLimiter(DepartmentOptions options)
    {
        if (options.RequestsPerSecond is { } perSecond)
        {
            quota = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1.05 / perSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }
        inFlight = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentCalls,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Waits for a call slot and then for the quota; dispose the result when the call is over.</summary>
    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var slot = await inFlight.AcquireAsync(1, cancellationToken);
        if (quota is null) return slot;
        try
        {
            using var token = await quota.AcquireAsync(1, cancellationToken);
            return slot;
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (quota is not null) await quota.DisposeAsync();
        await inFlight.DisposeAsync();
    }
}
