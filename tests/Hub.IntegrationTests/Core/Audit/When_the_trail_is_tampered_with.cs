using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>
/// Each test restores what it altered, so the chain shared with the rest of the collection stays
/// valid (the collection's tests run one at a time).
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class When_the_trail_is_tampered_with(ProductionStack stack)
{
    [Theory]
    [InlineData("UPDATE audit_events SET \"Details\" = 'x' WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM audit_events WHERE \"Id\" = {0}")]
    [InlineData("UPDATE audit_checkpoints SET \"Kid\" = 'x' WHERE \"Id\" = (SELECT \"CheckpointId\" FROM audit_events WHERE \"Id\" = {0})")]
    [InlineData("DELETE FROM audit_checkpoints WHERE \"Id\" = (SELECT \"CheckpointId\" FROM audit_events WHERE \"Id\" = {0})")]
    public async Task The_database_refuses_to_change_sealed_rows(string sql)
    {
        var sealedEvent = (await SealedEventsAsync())[0].Id;
        await using var db = stack.Database();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql, sealedEvent));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText);
    }

    [Fact]
    public async Task A_row_altered_with_the_triggers_bypassed_is_found()
    {
        using var audit = new AuditClient(stack);
        var target = (await SealedEventsAsync())[1];
        var original = await DetailsAsync(target.Id);

        // One added space: the smallest change that still leaves valid JSON.
        await SuperuserSql.WithoutTriggersAsync(stack, UpdateDetails, original + " ", target.Id);
        try
        {
            var result = await audit.VerifyAsync();
            Assert.False(result.Valid);
            Assert.Equal(target.Id, result.FirstBrokenEvent);
        }
        finally
        {
            await SuperuserSql.WithoutTriggersAsync(stack, UpdateDetails, original, target.Id);
        }
        var restored = await audit.VerifyAsync();
        Assert.True(restored.Valid, restored.Reason);
    }

    /// <summary>The sealer links a batch to the head's stored hash and never rehashes a sealed row, so the alteration stays out of the chain.</summary>
    [Fact]
    public async Task A_batch_sealed_while_a_row_is_altered_leaves_the_restored_chain_valid()
    {
        using var audit = new AuditClient(stack);
        var target = (await SealedEventsAsync())[1];
        var original = await DetailsAsync(target.Id);

        await SuperuserSql.WithoutTriggersAsync(stack, UpdateDetails, original + " ", target.Id);
        try
        {
            await AuditSealing.SealOneMoreEventAsync(stack);
        }
        finally
        {
            await SuperuserSql.WithoutTriggersAsync(stack, UpdateDetails, original, target.Id);
        }
        var restored = await audit.VerifyAsync();
        Assert.True(restored.Valid, restored.Reason);
    }

    [Fact]
    public async Task A_forged_checkpoint_signature_is_found()
    {
        using var audit = new AuditClient(stack);
        var checkpointId = (await SealedEventsAsync())[0].CheckpointId!.Value;
        await using var db = stack.Database();
        var signature = await db.AuditCheckpoints.Where(c => c.Id == checkpointId).Select(c => c.Signature).SingleAsync();
        const string update = "UPDATE audit_checkpoints SET \"Signature\" = $1 WHERE \"Id\" = $2";

        await SuperuserSql.WithoutTriggersAsync(stack, update, AuditTamper.FlipSignatureCharacter(signature), checkpointId);
        try
        {
            var result = await audit.VerifyAsync();
            Assert.False(result.Valid);
            Assert.Contains($"checkpoint {checkpointId} signature", result.Reason);
        }
        finally
        {
            await SuperuserSql.WithoutTriggersAsync(stack, update, signature, checkpointId);
        }
        var restored = await audit.VerifyAsync();
        Assert.True(restored.Valid, restored.Reason);
    }

    private const string UpdateDetails = "UPDATE audit_events SET \"Details\" = $1 WHERE \"Id\" = $2";

    private async Task<string> DetailsAsync(long eventId)
    {
        await using var db = stack.Database();
        return await db.AuditEvents.Where(e => e.Id == eventId).Select(e => e.Details).SingleAsync();
    }

    /// <summary>A fresh verification's sealed events, so the test touches only rows of its own.</summary>
    private async Task<List<Hub.Web.Audit.AuditEventView>> SealedEventsAsync()
    {
        using var client = stack.Client();
        using var audit = new AuditClient(stack);
        var id = await client.SubmitAcceptedAsync(Households.Family());
        return await audit.WaitUntilSealedAsync(id, 7);
    }
}
