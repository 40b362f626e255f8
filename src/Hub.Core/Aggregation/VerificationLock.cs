using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Aggregation;

/// <summary>
/// The aggregator's one lock order: a verification's row before its source checks. The recorder and the deadline
/// sweeper both take it first; when the sweeper updated the checks before the verification, the two deadlocked
/// (40P01) under load. SQLite has a single writer and needs none.
/// </summary>
public static class VerificationLock
{
    public static async Task TakeAsync(HubDbContext db, Guid verificationId, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT 1 FROM verifications WHERE \"Id\" = {verificationId} FOR UPDATE", cancellationToken);
    }
}
