using Hub.Testing;
using Hub.Workers;
using Npgsql;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The production API on PostgreSQL with one finished verification (its signed report) and no workers left
/// running, so nothing but the requests of a test writes a row: a count before and after is exact.
/// </summary>
public sealed class HardenedStack : ProductionStack
{
    protected override bool StartWorkers => false;

    /// <summary>A finished verification of jurisdiction 371700 with its report.</summary>
    public Guid FinishedId { get; private set; }

    /// <summary>Its report envelope exactly as served.</summary>
    public string Envelope { get; private set; } = "";

    /// <summary>Accepted and never worked on, so its report is not ready.</summary>
    public Guid WaitingId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Client();
        await using (var workers = await RunningApp.StartAsync(WorkersHost.Build([.. WorkerArguments()])))
        {
            FinishedId = await client.SubmitAcceptedAsync(Households.Family());
            // Completed or partial (a slow machine may pass the deadline): either way it has its report.
            await client.WaitUntilFinishedAsync(FinishedId);
        }
        WaitingId = await client.SubmitAcceptedAsync(Households.Family());
        using var response = await client.GetAsync($"/api/v1/verifications/{FinishedId}/report");
        Envelope = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    /// <summary>Rows of every table a request may write, in one round trip.</summary>
    public async Task<RowCounts> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM verifications), (SELECT count(*) FROM verification_members),
                   (SELECT count(*) FROM source_checks), (SELECT count(*) FROM outbox_messages),
                   (SELECT count(*) FROM audit_events)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new RowCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
