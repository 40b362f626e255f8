using System.Data;
using Hub.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Audit;

/// <summary>
/// A read-only view of the trail as of one instant, for the verifier. The sealer commits a batch's events
/// and its checkpoint together; reads outside one snapshot could see one without the other.
/// </summary>
internal static class AuditSnapshot
{
    /// <summary>Starts the snapshot on <paramref name="db"/>; the reads that follow see one committed state until it is disposed.</summary>
    public static async Task<IAsyncDisposable> BeginAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (db.IsPostgres) return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

        // SQLite (WAL): a deferred transaction reads one snapshot from its first read on and takes no write
        // lock; the default immediate one would hold up the sealer and every writer while the chain is checked.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
