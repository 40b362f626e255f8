using Hub.Core.Audit;
using Hub.Core.Outbox;
using Hub.Core.Persistence;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Retention;

/// <summary>
/// Deletes personal data older than its retention (<see cref="RetentionOptions"/>): a finished verification's report,
/// department records, members and declarations (the verification and its status stay, marked purged), and sent or parked outbox rows.
/// Each purge commits with a <c>data_purged</c> audit event saying what and how much. The audit trail itself is never
/// touched, so its chain stays whole. A plain class, so a scheduler can call <see cref="RunAsync"/> as a recurring job.
/// </summary>
/// <remarks>
/// Two processes may purge at once: on PostgreSQL a batch locks its verifications with <c>FOR UPDATE SKIP LOCKED</c> and
/// sees only unpurged ones, so each verification is purged and audited once; outbox deletes count only what they deleted.
/// SQLite is one process, and its write transactions take the database lock at <c>BEGIN</c>.
/// </remarks>
public sealed partial class RetentionPurge(HubDbContext db, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionPurge> logger)
{
    public const string SentOutbox = "sent_outbox";
    public const string ParkedOutbox = "parked_outbox";

    public async Task<PurgeCounts> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        int verifications = 0, batch;
        do
        {
            batch = await PurgeVerificationsAsync(cancellationToken);
            verifications += batch;
        } while (batch == settings.BatchSize);

        var now = time.GetUtcNow();
        DateTimeOffset sentBefore = now - settings.SentOutbox, parkedBefore = now - settings.ParkedOutbox;
        var sent = await PurgeOutboxAsync(SentOutbox, db.Outbox.Where(o => o.SentAt < sentBefore), settings.SentOutbox, now, cancellationToken);
        var parked = await PurgeOutboxAsync(ParkedOutbox, db.Outbox.Where(o => o.ParkedAt < parkedBefore), settings.ParkedOutbox, now,
            cancellationToken);
        if (verifications + sent + parked > 0) LogPurged(verifications, sent, parked);
        return new PurgeCounts(verifications, sent, parked);
    }

    /// <summary>Purges one batch of verifications finished before the retention; returns how many.</summary>
    private async Task<int> PurgeVerificationsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retention = options.Value.Reports;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await DueAsync(now - retention, cancellationToken);
        if (ids.Count == 0) return 0;

        var purged = await db.Verifications.Where(v => ids.Contains(v.Id)).Select(v => new
        {
            v.Id, Members = v.Members.Count, Records = v.Sources.Count(s => s.EncryptedRecords != null), Report = v.EncryptedReport != null,
        }).ToListAsync(cancellationToken);
        await db.Set<VerificationMember>().Where(m => ids.Contains(m.VerificationId)).ExecuteDeleteAsync(cancellationToken);
        await db.SourceChecks.Where(s => ids.Contains(s.VerificationId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EncryptedRecords, (byte[]?)null), cancellationToken);
        await db.Verifications.Where(v => ids.Contains(v.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(v => v.PurgedAt, now)
            .SetProperty(v => v.EncryptedDeclarations, (byte[]?)null)
            .SetProperty(v => v.EncryptedReport, (byte[]?)null)
            .SetProperty(v => v.EncryptedReportJws, (byte[]?)null), cancellationToken);
        foreach (var v in purged) AuditTrail.VerificationPurged(db, v.Id, v.Members, v.Records, v.Report, retention, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return ids.Count;
    }

    private Task<List<Guid>> DueAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken) => db.IsPostgres
        ? db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM verifications
            WHERE "PurgedAt" IS NULL AND "CompletedAt" < {finishedBefore}
            ORDER BY "CompletedAt"
            LIMIT {options.Value.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken)
        : db.Verifications.Where(v => v.PurgedAt == null && v.CompletedAt < finishedBefore)
            .OrderBy(v => v.CompletedAt).Select(v => v.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);

    private async Task<int> PurgeOutboxAsync(
        string purged, IQueryable<OutboxMessage> rows, TimeSpan retention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await rows.ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) return 0;
        AuditTrail.OutboxPurged(db, purged, deleted, retention, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return deleted;
    }

    [LoggerMessage(LogLevel.Information,
        "Retention purge: personal data of {Verifications} verifications, {SentRows} sent and {ParkedRows} parked outbox rows deleted")]
    private partial void LogPurged(int verifications, int sentRows, int parkedRows);
}
