using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Outbox;

/// <summary>Selects the rows due for sending, locked so that concurrent relays never take the same row.</summary>
public static class OutboxClaim
{
    public static IQueryable<OutboxMessage> DueRows(HubDbContext db, DateTimeOffset now, int batchSize) =>
        db.IsPostgres
            ? db.Outbox.FromSqlInterpolated($"""
                SELECT * FROM outbox_messages
                WHERE "SentAt" IS NULL AND "ParkedAt" IS NULL AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED
                """)
            // SQLite is the single-process embedded mode: one relay, and the write transaction serializes it.
            : db.Outbox
                .Where(o => o.SentAt == null && o.ParkedAt == null && o.NextAttemptAt <= now)
                .OrderBy(o => o.NextAttemptAt)
                .Take(batchSize);
}
