using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Audit;

/// <summary>
/// Chains new audit events in batches and signs a checkpoint per batch, so writers never wait on a
/// chain-head lock. One leader at a time: on PostgreSQL a transaction-scoped advisory lock (other
/// replicas skip the round); SQLite is one process.
/// </summary>
/// <remarks>
/// A batch is "the oldest unsealed rows by Id", never "rows above the last sealed Id". A transaction
/// that took its Id early but commits after a later Id was sealed is therefore not skipped: its
/// event is simply sealed in a later batch, with a higher sequence than its Id suggests. The chain's
/// order is <see cref="AuditEvent.Sequence"/>, not Id.
/// </remarks>
public sealed partial class AuditSealer(
    IServiceScopeFactory scopes, ICheckpointSigner signer, IOptions<AuditOptions> options, TimeProvider time,
    ILogger<AuditSealer> logger) : BackgroundService
{
    /// <summary>Advisory lock key of the sealer's leadership ("HUBAUDIT" in ASCII).</summary>
    private const long LeaderLock = 0x4855_4241_5544_4954;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SealInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await SealBatchAsync(stoppingToken) == options.Value.BatchSize) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSealFailed(ex);
            }
        }
    }

    /// <summary>Seals one batch in one transaction; returns how many events it sealed (0 when another replica leads).</summary>
    public async Task<int> SealBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgres && !await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LeaderLock}) AS \"Value\"").SingleAsync(cancellationToken))
            return 0;

        var batch = await db.AuditEvents.Where(e => e.Sequence == null).OrderBy(e => e.Id)
            .Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0) return 0;
        // Read under the lock, so it is the head the previous leader committed. Its stored hash, never one
        // recomputed from the row: a sealed row altered behind the triggers' back cannot leak into new links.
        var head = await db.AuditEvents.Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);

        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditChain.Genesis;
        var links = new List<(AuditEvent Event, long Sequence, string PreviousHash, string Hash)>(batch.Count);
        foreach (var e in batch)
        {
            sequence++;
            var hash = AuditChain.Hash(previous, e, sequence);
            links.Add((e, sequence, previous, hash));
            previous = hash;
        }

        var checkpoint = new AuditCheckpoint
        {
            FirstSequence = links[0].Sequence,
            LastSequence = sequence,
            HeadHash = previous,
            SealedAt = AuditChain.ToStoredPrecision(time.GetUtcNow()),
            Kid = signer.CurrentKid,
        };
        checkpoint.Signature = signer.Sign(AuditChain.CheckpointPayload(checkpoint));
        db.AuditCheckpoints.Add(checkpoint);
        // The checkpoint's Id first: the database lets a row's sealing columns be written only once.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var link in links)
        {
            link.Event.Sequence = link.Sequence;
            link.Event.PreviousHash = link.PreviousHash;
            link.Event.Hash = link.Hash;
            link.Event.CheckpointId = checkpoint.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    [LoggerMessage(LogLevel.Error, "Sealing audit events failed")]
    private partial void LogSealFailed(Exception ex);
}
