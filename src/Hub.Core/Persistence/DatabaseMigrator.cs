using Hub.Core.Protection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Core.Persistence;

/// <summary>Applies pending migrations before anything else starts (EF Core takes a migration lock, so replicas may race).</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes) : IHostedService
{
    /// <summary>The migration from which names, ID numbers, records and reports are stored encrypted.</summary>
    private const string EncryptPersonalData = "EncryptPersonalData";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (!db.IsPostgres) CreateOwnerOnlyFile(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        await RefuseClearPersonalDataAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets the API read while the workers write in the embedded mode.
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The database file, created empty with mode 600 in a folder of mode 700 before SQLite opens it: SQLite gives its
    /// -wal and -shm files the database file's mode.
    /// </summary>
    private static void CreateOwnerOnlyFile(string file)
    {
        var path = Path.GetFullPath(file);
        if (Path.GetDirectoryName(path) is { } folder) OwnerOnlyFiles.CreateFolder(folder);
        OwnerOnlyFiles.CreateOnce(path, "");
    }

    /// <summary>
    /// Verifications stored before <see cref="EncryptPersonalData"/> hold names and ID numbers in clear, which SQL cannot
    /// encrypt (it has no key): refuse to upgrade such a database rather than keep or silently drop them.
    /// </summary>
    private static async Task RefuseClearPersonalDataAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        // Asking the history repository first: querying a history table that does not exist yet would log an error.
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken)) return;
        var applied = await history.GetAppliedMigrationsAsync(cancellationToken);
        if (applied.Count == 0 || applied.Any(m => m.MigrationId.EndsWith("_" + EncryptPersonalData, StringComparison.Ordinal))) return;
        if (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM verifications").SingleAsync(cancellationToken) > 0)
            throw new InvalidOperationException(
                "This database holds verifications stored in clear by an earlier version of the hub. Export what you must keep, " +
                "then delete them (DELETE FROM outbox_messages; DELETE FROM verifications;) or start on a new database: " +
                "from this version on, personal data is stored encrypted.");
    }
}
