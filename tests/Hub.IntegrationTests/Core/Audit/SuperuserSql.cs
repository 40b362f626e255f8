using Hub.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>What a database superuser can do that the hub's triggers cannot stop: run SQL with triggers off.</summary>
public static class SuperuserSql
{
    public static async Task WithoutTriggersAsync(ProductionStack stack, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET session_replication_role = replica", connection)) await off.ExecuteNonQueryAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
