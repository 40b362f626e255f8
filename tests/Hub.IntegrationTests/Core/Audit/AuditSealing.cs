using Hub.Core.Audit;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Audit;

public static class AuditSealing
{
    /// <summary>
    /// Writes one new event and drives the API's sealer until that event is sealed (by this call or by the
    /// sealer's own round); returns its Id. When it returns, a new batch and its checkpoint are committed.
    /// </summary>
    public static async Task<long> SealOneMoreEventAsync(ProductionStack stack)
    {
        await using var db = stack.Database();
        var written = DateTimeOffset.UtcNow;
        AuditTrail.OperatorAction(db, "audit-test", null, "seal_one_more", null, written);
        await db.SaveChangesAsync();
        var id = db.AuditEvents.Local.Single().Id;

        var sealer = stack.Api.Services.GetRequiredService<AuditSealer>();
        for (var until = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(50))
        {
            await sealer.SealBatchAsync(CancellationToken.None);
            if (await db.AuditEvents.AsNoTracking().AnyAsync(e => e.Id == id && e.Sequence != null)) return id;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Event {id} was not sealed.");
        }
    }
}
