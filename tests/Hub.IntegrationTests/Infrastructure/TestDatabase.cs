using Npgsql;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>A fresh PostgreSQL database per fixture, so fixtures never see each other's rows.</summary>
public static class TestDatabase
{
    public static async Task<string> CreateAsync()
    {
        var name = "hub_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(TestServers.Postgres))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = name }.ConnectionString;
    }
}
