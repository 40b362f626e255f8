using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Outbox;

/// <summary>
/// Sends committed outbox rows to the broker: at once when signalled after a commit, and on a sweep
/// for rows left behind by a crash. A row that keeps failing is parked, never blocking the others.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RelayBatchAsync(stoppingToken) == options.Value.BatchSize) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRelayFailed(ex);
            }
            await signal.WaitAsync(options.Value.SweepInterval, stoppingToken);
        }
    }

    /// <summary>Claims and sends one batch; returns how many rows it claimed.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await OutboxClaim.DueRows(db, now, options.Value.BatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0) return 0;

        await Task.WhenAll(rows.Select(row => SendOneAsync(sender, row, now, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private async Task SendOneAsync(OutboxSender sender, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(row, cancellationToken);
            row.SentAt = time.GetUtcNow();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            row.Attempts++;
            row.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            if (row.Attempts >= options.Value.MaxAttempts)
            {
                row.ParkedAt = now;
                LogParked(row.Id, row.Destination, row.Attempts);
            }
            else
            {
                // Exponential backoff, capped at five minutes.
                row.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
                LogSendFailed(row.Id, row.Destination, row.Attempts);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Outbox relay pass failed; the sweep will try again")]
    private partial void LogRelayFailed(Exception ex);

    [LoggerMessage(LogLevel.Warning, "Outbox message {MessageId} to {Destination} failed to send (attempt {Attempts})")]
    private partial void LogSendFailed(Guid messageId, string destination, int attempts);

    [LoggerMessage(LogLevel.Error, "Outbox message {MessageId} to {Destination} parked after {Attempts} failed sends")]
    private partial void LogParked(Guid messageId, string destination, int attempts);
}
