using Hub.Core.Audit;
using Hub.Core.Persistence;
using Hub.Core.Reports;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Core.Aggregation;

/// <summary>
/// Records a department's result exactly once and finishes the verification when it was the last one.
/// Safe under redelivery (inbox row per message and consumer) and under concurrent results for one
/// household (every recorded result bumps the verification's concurrency token, so the last writer
/// always sees all the others).
/// </summary>
public sealed partial class SourceResultRecorder(HubDbContext db, ReportIssuer reports, TimeProvider time, ILogger<SourceResultRecorder> logger)
{
    public async Task RecordAsync(
        Guid messageId, string consumer, Guid verificationId, string sourceCode, Action<SourceCheck> apply,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Departments of one household answer at about the same time: queue them on the verification's row
        // instead of letting them collide on its concurrency token (which stays as the safety net, e.g. SQLite).
        await VerificationLock.TakeAsync(db, verificationId, cancellationToken);
        if (await db.ProcessedMessages.AnyAsync(p => p.MessageId == messageId && p.Consumer == consumer, cancellationToken))
            return;

        var now = time.GetUtcNow();
        var verification = await db.Verifications.Include(v => v.Sources)
            .FirstOrDefaultAsync(v => v.Id == verificationId, cancellationToken);
        var check = verification?.Sources.FirstOrDefault(s => s.SourceCode == sourceCode);
        if (verification is null || check is null || check.Status != SourceStatus.Pending || verification.IsFinished)
        {
            // A resend or a late answer: the first result stands.
            LogIgnored(verificationId, sourceCode);
        }
        else
        {
            apply(check);
            check.FinishedAt ??= now;
            AuditTrail.SourceFinished(db, verificationId, check, now);
            verification.Version++;
            if (verification.Status == VerificationStatus.Accepted) verification.Status = VerificationStatus.InProgress;
            if (verification.Sources.All(s => s.Status != SourceStatus.Pending))
                await reports.IssueAsync(db, verification, now, cancellationToken);
        }

        db.ProcessedMessages.Add(new ProcessedMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Result for verification {VerificationId} from {Source} ignored: already recorded or closed")]
    private partial void LogIgnored(Guid verificationId, string source);
}
