using Hub.Core.Audit;
using Hub.Core.Persistence;
using Hub.Core.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>The embedded mode's SQLite database with the audit services, in a temporary file.</summary>
public sealed class SqliteAuditStore : IAsyncDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "hub-audit-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly ServiceProvider services;

    private SqliteAuditStore()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Signing:KeyFolder"] = Path.Combine(Path.GetTempPath(), "hub-audit-keys-" + Guid.NewGuid().ToString("N")),
        }).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<SqliteHubDbContext>(o => o.UseSqlite($"Data Source={file};Pooling=false"))
            .AddScoped<HubDbContext>(sp => sp.GetRequiredService<SqliteHubDbContext>())
            .AddHubAudit(configuration)
            .AddHubSigning(configuration, allowGeneratedKey: true)
            .BuildServiceProvider();
    }

    public AuditSealer Sealer => services.GetRequiredService<AuditSealer>();

    public static async Task<SqliteAuditStore> CreateAsync()
    {
        var store = new SqliteAuditStore();
        await using var db = store.Database();
        await db.Database.MigrateAsync();
        return store;
    }

    /// <summary>A context of its own; dispose it.</summary>
    public HubDbContext Database() => services.CreateScope().ServiceProvider.GetRequiredService<HubDbContext>();

    public async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        File.Delete(file);
    }
}
