using System.Security.Cryptography;
using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Protection;

/// <summary>
/// The data keys of the database, unwrapped with this process's master keys. At start-up it re-wraps keys still under a
/// retired master key, creates the index key once, and introduces a new encryption key when the newest is older than
/// <see cref="ProtectionOptions.DataKeyLifetime"/>. A key another process introduced later is loaded when first met.
/// One ring per host (no static state), so hosts with different keys can share a test process.
/// </summary>
public sealed partial class DataKeyRing(
    MasterKeys masterKeys, IServiceScopeFactory scopes, IOptions<ProtectionOptions> options, TimeProvider time,
    ILogger<DataKeyRing> logger) : IHostedService
{
    private const int KeySize = 32;
    private readonly SemaphoreSlim reloading = new(1, 1);
    private volatile Snapshot? snapshot;

    private sealed record Snapshot(IReadOnlyDictionary<Guid, byte[]> Keys, Guid CurrentId, byte[] IndexKey);

    private Snapshot Loaded => snapshot ?? throw new InvalidOperationException("The data key ring was used before it was loaded at start-up.");

    /// <summary>The key that encrypts new values.</summary>
    public (Guid Id, byte[] Key) Current => (Loaded.CurrentId, Loaded.Keys[Loaded.CurrentId]);

    /// <summary>The blind-index key: the same bytes for the life of the database, whatever master key wraps it.</summary>
    public byte[] IndexKey => Loaded.IndexKey;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = await db.DataKeys.AsNoTracking().ToListAsync(cancellationToken);
        await RewrapAsync(db, rows, cancellationToken);
        if (!rows.Any(k => k.Purpose == DataKey.Index)) await AddAsync(db, DataKey.Index, cancellationToken);
        var newest = rows.Where(k => k.Purpose == DataKey.Encryption).MaxBy(k => k.CreatedAt);
        if (newest is null || newest.CreatedAt + options.Value.DataKeyLifetime <= time.GetUtcNow())
            await AddAsync(db, DataKey.Encryption, cancellationToken);
        snapshot = await LoadAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The key with this id, reloading once for a key introduced after start-up; null when the database has none.</summary>
    public async ValueTask<byte[]?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Loaded.Keys.TryGetValue(id, out var key)) return key;
        await reloading.WaitAsync(cancellationToken);
        try
        {
            if (Loaded.Keys.TryGetValue(id, out key)) return key;
            await using var scope = scopes.CreateAsyncScope();
            snapshot = await LoadAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), cancellationToken);
            return snapshot.Keys.GetValueOrDefault(id);
        }
        finally
        {
            reloading.Release();
        }
    }

    /// <summary>Moves keys under a retired master key to the current one; only a row still under the old key is changed.</summary>
    private async Task RewrapAsync(HubDbContext db, List<DataKey> rows, CancellationToken cancellationToken)
    {
        var current = masterKeys.Current;
        var moved = 0;
        foreach (var row in rows.Where(k => k.MasterKeyId != current.Id))
        {
            var rewrapped = current.Wrap(Unwrap(row), DataKey.Binding(row.Id, row.Purpose));
            moved += await db.DataKeys.Where(k => k.Id == row.Id && k.MasterKeyId == row.MasterKeyId)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.MasterKeyId, current.Id).SetProperty(k => k.WrappedKey, rewrapped),
                    cancellationToken);
        }
        if (moved > 0) LogRewrapped(moved, current.Id);
    }

    private async Task AddAsync(HubDbContext db, string purpose, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        db.DataKeys.Add(new DataKey
        {
            Id = id, Purpose = purpose, CreatedAt = now, MasterKeyId = masterKeys.Current.Id,
            WrappedKey = masterKeys.Current.Wrap(RandomNumberGenerator.GetBytes(KeySize), DataKey.Binding(id, purpose)),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogIntroduced(purpose, id, masterKeys.Current.Id);
        }
        catch (DbUpdateException) when (purpose == DataKey.Index)
        {
            // Another process created the index key first (unique per database): that one is the index key.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<Snapshot> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.DataKeys.AsNoTracking().ToListAsync(cancellationToken);
        var keys = rows.ToDictionary(k => k.Id, Unwrap);
        var current = rows.Where(k => k.Purpose == DataKey.Encryption).MaxBy(k => (k.CreatedAt, k.Id))
            ?? throw new InvalidOperationException("The database holds no data encryption key.");
        var index = rows.SingleOrDefault(k => k.Purpose == DataKey.Index)
            ?? throw new InvalidOperationException("The database holds no blind-index key.");
        return new Snapshot(keys, current.Id, keys[index.Id]);
    }

    private byte[] Unwrap(DataKey row)
    {
        var master = masterKeys.Find(row.MasterKeyId) ?? throw new InvalidOperationException(
            $"Data key {row.Id} is wrapped by master key {row.MasterKeyId}, which is not configured: add it to Protection:RetiredMasterKeys " +
            $"(the current master key is {masterKeys.Current.Id}).");
        return master.Unwrap(row.WrappedKey, DataKey.Binding(row.Id, row.Purpose)) ?? throw new InvalidOperationException(
            $"Data key {row.Id} does not unwrap under master key {row.MasterKeyId}: its row was altered.");
    }

    [LoggerMessage(LogLevel.Information, "Introduced {Purpose} data key {DataKeyId} under master key {MasterKeyId}")]
    private partial void LogIntroduced(string purpose, Guid dataKeyId, string masterKeyId);

    [LoggerMessage(LogLevel.Warning, "Re-wrapped {Count} data keys under the current master key {MasterKeyId}")]
    private partial void LogRewrapped(int count, string masterKeyId);
}
