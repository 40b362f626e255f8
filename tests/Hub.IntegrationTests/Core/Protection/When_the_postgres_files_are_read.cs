using System.Net.Http.Headers;
using Hub.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hub.IntegrationTests.Core.Protection;

/// <summary>
/// The production database's files on disk, read as bytes after a checkpoint: the relation files of every table, TOAST
/// table and index of the hub's database, and the write-ahead log. No name, no ID number, no piece of the report.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class When_the_postgres_files_are_read(ProductionStack stack)
{
    [Fact]
    public async Task No_name_or_id_number_is_there_in_clear()
    {
        using var client = stack.Client();
        var household = Households.RareNames();
        var id = await client.SubmitAcceptedAsync(household);
        Assert.Equal("completed", (await client.WaitUntilFinishedAsync(id)).Status);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verifications/{id}/report");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/jose"));
        using var response = await client.SendAsync(request);
        var jws = await response.Content.ReadAsStringAsync();

        var (relations, wal) = await FilesAfterCheckpointAsync();

        Assert.True(ClearTextScan.AnyHolds(relations, household.CaseRef!), "the scan should see the case reference, which is stored in clear");
        var scan = new ClearTextScan(household, jws);
        Assert.Empty(scan.Find(relations));
        Assert.Empty(scan.Find(wal));
    }

    /// <summary>Every segment of every relation of the test database, and the server's WAL segments.</summary>
    private async Task<(List<string> Relations, List<string> Wal)> FilesAfterCheckpointAsync()
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection)) await checkpoint.ExecuteNonQueryAsync();
        await using var directory = new NpgsqlCommand("SHOW data_directory", connection);
        var data = (string)(await directory.ExecuteScalarAsync())!;

        var relations = new List<string>();
        await using var paths = new NpgsqlCommand(
            "SELECT pg_relation_filepath(oid) FROM pg_class WHERE relkind IN ('r', 't', 'i') AND pg_relation_filepath(oid) IS NOT NULL",
            connection);
        await using (var reader = await paths.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                var first = Path.Combine(data, reader.GetString(0));
                if (File.Exists(first)) relations.Add(first);
                for (var segment = 1; File.Exists($"{first}.{segment}"); segment++) relations.Add($"{first}.{segment}");
            }
        var wal = Directory.EnumerateFiles(Path.Combine(data, "pg_wal")).Where(f => Path.GetFileName(f).Length == 24).ToList();
        return (relations, wal);
    }
}
