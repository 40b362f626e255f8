using Hub.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>The embedded mode's database: the same chain and the same refusal of changes, by SQLite triggers.</summary>
public sealed class When_the_trail_is_sealed_on_sqlite
{
    [Fact]
    public async Task Batches_continue_one_chain_that_verifies()
    {
        await using var store = await SqliteAuditStore.CreateAsync();
        await AddEventsAsync(store, 3);
        Assert.Equal(3, await store.Sealer.SealBatchAsync(CancellationToken.None));
        await AddEventsAsync(store, 2);
        Assert.Equal(2, await store.Sealer.SealBatchAsync(CancellationToken.None));
        Assert.Equal(0, await store.Sealer.SealBatchAsync(CancellationToken.None));

        Assert.Equal(new AuditVerification(true, 5, null, 2, null), await store.VerifyAsync());
        await using var db = store.Database();
        Assert.Equal([1L, 2, 3, 4, 5], await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Sequence!.Value).ToListAsync());
        var latest = await db.LatestCheckpointAsync(CancellationToken.None);
        Assert.Equal(5, latest!.LastSequence);
    }

    [Fact]
    public async Task Sealed_rows_and_checkpoints_refuse_update_and_delete()
    {
        await using var store = await SqliteAuditStore.CreateAsync();
        await AddEventsAsync(store, 1);
        await store.Sealer.SealBatchAsync(CancellationToken.None);

        await using var db = store.Database();
        foreach (var sql in new[]
                 {
                     "UPDATE audit_events SET \"Details\" = 'x'", "DELETE FROM audit_events",
                     "UPDATE audit_checkpoints SET \"Kid\" = 'x'", "DELETE FROM audit_checkpoints",
                 })
        {
            var refused = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(sql));
            Assert.Contains("append-only", refused.Message);
        }
    }

    [Fact]
    public async Task An_unsealed_row_cannot_change_its_content()
    {
        await using var store = await SqliteAuditStore.CreateAsync();
        await AddEventsAsync(store, 1);
        await using var db = store.Database();
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Actor\" = 'someone'"));
    }

    [Fact]
    public async Task A_row_changed_behind_the_triggers_back_is_found()
    {
        await using var store = await SqliteAuditStore.CreateAsync();
        await AddEventsAsync(store, 4);
        await store.Sealer.SealBatchAsync(CancellationToken.None);

        await using var db = store.Database();
        var third = await db.AuditEvents.Where(e => e.Sequence == 3).Select(e => e.Id).SingleAsync();
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_events_no_update");
        await db.Database.ExecuteSqlAsync($"UPDATE audit_events SET \"Actor\" = 'someone else' WHERE \"Id\" = {third}");

        var result = await store.VerifyAsync();
        Assert.False(result.Valid);
        Assert.Equal(third, result.FirstBrokenEvent);
        Assert.Equal(2, result.CheckedEvents);
    }

    private static async Task AddEventsAsync(SqliteAuditStore store, int count)
    {
        await using var db = store.Database();
        for (var i = 0; i < count; i++)
            AuditTrail.OperatorAction(db, "demo-operator", "op-" + i, "test_action", Guid.NewGuid(), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }
}
