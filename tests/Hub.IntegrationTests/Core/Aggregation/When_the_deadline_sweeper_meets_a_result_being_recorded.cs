using Hub.Core.Aggregation;
using Hub.Core.Verifications;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Hub.IntegrationTests.Core.Aggregation;

/// <summary>The sweeper and the recorder on one verification at once, on the real PostgreSQL.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_the_deadline_sweeper_meets_a_result_being_recorded(ProductionStack stack)
{
    [Fact]
    public async Task The_sweeper_waits_for_the_verification_before_it_touches_a_source_check()
    {
        await using var recorder = new NpgsqlConnection(stack.ConnectionString);
        await recorder.OpenAsync();
        var (id, transaction) = await LockAnOverdueVerificationAsync(recorder);

        var sweeper = stack.Workers!.Services.GetServices<IHostedService>().OfType<DeadlineSweeper>().Single();
        var sweep = Task.Run(() => sweeper.SweepAsync(CancellationToken.None));
        await WaitUntilSomeoneWaitsForALockAsync(recorder);

        // The recorder's second step: a source check. Had the sweeper locked the checks first, this would wait for
        // it while it waits for the verification — a deadlock. In one lock order it does not wait at all.
        await ExecuteAsync(recorder, transaction, "SET LOCAL lock_timeout = '300ms'", id);
        await ExecuteAsync(recorder, transaction,
            "UPDATE source_checks SET \"RequestedAt\" = \"RequestedAt\" WHERE \"VerificationId\" = @id AND \"SourceCode\" = 'tax'", id);
        await transaction.CommitAsync();
        await sweep;

        using var client = stack.Client();
        Assert.Equal("partial", (await client.WaitUntilFinishedAsync(id)).Status);
    }

    /// <summary>
    /// The recorder's first step, the verification's row, on a verification past its deadline that no sweeper closed
    /// yet (the workers' own sweeper runs every second and may win the moment it turns overdue: then try another).
    /// </summary>
    private async Task<(Guid Id, NpgsqlTransaction Transaction)> LockAnOverdueVerificationAsync(NpgsqlConnection recorder)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var id = (await StoredVerifications.InsertAsync(stack, withOutbox: false, ["tax", "bank"])).Id;
            await using (var overdue = new NpgsqlCommand("UPDATE verifications SET \"Deadline\" = now() - interval '1 minute' WHERE \"Id\" = @id", recorder))
            {
                overdue.Parameters.AddWithValue("id", id);
                await overdue.ExecuteNonQueryAsync();
            }
            var transaction = await recorder.BeginTransactionAsync();
            await using var lockRow = new NpgsqlCommand("SELECT \"Status\" FROM verifications WHERE \"Id\" = @id FOR UPDATE", recorder, transaction);
            lockRow.Parameters.AddWithValue("id", id);
            if ((string)(await lockRow.ExecuteScalarAsync())! == VerificationStatus.Accepted) return (id, transaction);
            await transaction.RollbackAsync();
        }
        throw new InvalidOperationException("The workers' sweeper closed every verification before the test could lock one.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Guid id)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A sweeper (this test's or the workers' own) is now blocked on the verification's row.</summary>
    private static async Task WaitUntilSomeoneWaitsForALockAsync(NpgsqlConnection recorder)
    {
        await using var observer = new NpgsqlConnection(recorder.ConnectionString);
        await observer.OpenAsync();
        for (var until = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < until; await Task.Delay(20))
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", observer);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return;
        }
        throw new TimeoutException("No sweeper came to the verification.");
    }
}
