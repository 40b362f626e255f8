using Hub.Contracts.Messages;
using Hub.Core.Audit;
using Hub.Core.Persistence;
using Hub.Core.Reports;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Aggregation;

/// <summary>Ends verifications whose deadline passed: missing departments become unavailable, the verification partial.</summary>
public sealed partial class DeadlineSweeper(
    IServiceScopeFactory scopes, IOptions<HubOptions> options, TimeProvider time, ILogger<DeadlineSweeper> logger) : BackgroundService
{
    public const string Reason = "no answer before the deadline";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeadlineSweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var reports = scope.ServiceProvider.GetRequiredService<ReportIssuer>();
        var overdue = await db.Verifications
            .Where(v => (v.Status == VerificationStatus.Accepted || v.Status == VerificationStatus.InProgress) && v.Deadline <= now)
            .OrderBy(v => v.Deadline).Select(v => v.Id).Take(100).ToListAsync(cancellationToken);
        foreach (var id in overdue)
        {
            db.ChangeTracker.Clear();
            try
            {
                if (await CloseAsync(db, reports, id, now, cancellationToken)) LogClosed(id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A result landed meanwhile; the next sweep looks again.
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // One verification that cannot be closed must not hold up the others behind it.
                LogCloseFailed(id, ex);
            }
        }
    }

    /// <summary>Closes one overdue verification as partial, unless a result finished it first.</summary>
    private static async Task<bool> CloseAsync(HubDbContext db, ReportIssuer reports, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await VerificationLock.TakeAsync(db, id, cancellationToken);
        // Read under the lock: a result recorded while the sweep waited is seen, not overwritten.
        var verification = await db.Verifications.Include(v => v.Sources).FirstAsync(v => v.Id == id, cancellationToken);
        if (verification.IsFinished) return false;
        foreach (var check in verification.Sources.Where(s => s.Status == SourceStatus.Pending))
        {
            check.Status = SourceStatus.Unavailable;
            check.FinishedAt = now;
            check.ReasonCode = ReasonCodes.DeadlinePassed;
            check.Reason = Reason;
            AuditTrail.DepartmentUnavailable(db, id, check.SourceCode, check.ReasonCode, Reason, now);
        }
        verification.Version++;
        await reports.IssueAsync(db, verification, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(LogLevel.Warning, "Verification {VerificationId} passed its deadline and closed as partial")]
    private partial void LogClosed(Guid verificationId);

    [LoggerMessage(LogLevel.Error, "Verification {VerificationId} passed its deadline but could not be closed")]
    private partial void LogCloseFailed(Guid verificationId, Exception ex);

    [LoggerMessage(LogLevel.Error, "Deadline sweep failed")]
    private partial void LogSweepFailed(Exception ex);
}
