using Hub.Core.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.IntegrationTests.Core.Protection;

/// <summary>A database from before encryption holds names and ID numbers in clear, which SQL cannot encrypt: no silent upgrade.</summary>
public sealed class When_an_earlier_database_holds_clear_personal_data : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-upgrade-").FullName;

    [Fact]
    public async Task The_hub_refuses_to_upgrade_it_and_says_what_to_do()
    {
        var options = new DbContextOptionsBuilder<SqliteHubDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "hub.db")};Pooling=false").Options;
        await using (var db = new SqliteHubDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync("AuditTrail");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO verifications ("Id", "CallerName", "IdempotencyKey", "RequestHash", "CaseRef", "Jurisdiction", "AssistanceType",
                    "Residence", "ConsentReference", "ConsentSignedOn", "ConsentValidUntil", "Status", "AcceptedAt", "Deadline", "Version")
                VALUES ('0196f3a0-0000-7000-8000-000000000001', 'c', 'k', 'h', 'HZ-1', '371700', 'minimum_living', 'urban', 'SQ-1',
                    '2026-11-01', '2027-10-31', 'completed', 0, 0, 1)
                """);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => EmbeddedHub.StartAsync(folder));

        Assert.Contains("stored in clear by an earlier version", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
