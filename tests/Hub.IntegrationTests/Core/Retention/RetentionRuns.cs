using Hub.Core.Retention;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Core.Retention;

/// <summary>Runs a hub's retention purge as if the clock showed <c>now</c>, on a database context of its own.</summary>
public static class RetentionRuns
{
    public static async Task<PurgeCounts> AtAsync(IServiceProvider services, DateTimeOffset now, RetentionOptions? options = null)
    {
        await using var scope = services.CreateAsyncScope();
        var purge = ActivatorUtilities.CreateInstance<RetentionPurge>(scope.ServiceProvider,
            new FixedTime(now), Options.Create(options ?? new RetentionOptions()));
        return await purge.RunAsync(CancellationToken.None);
    }
}
