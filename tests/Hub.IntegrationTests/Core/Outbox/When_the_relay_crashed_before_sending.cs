using Hub.Core.Outbox;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Core.Outbox;

[Collection(PipelineCollection.Name)]
public sealed class When_the_relay_crashed_before_sending(ProductionStack stack)
{
    [Fact]
    public async Task The_sweep_sends_what_was_committed_but_never_signalled()
    {
        // Committed with its outbox row, but no relay was woken: as if the API died right after the commit.
        var verification = await StoredVerifications.InsertAsync(stack, withOutbox: true);
        using var client = stack.Client();

        var status = await client.WaitUntilFinishedAsync(verification.Id);

        Assert.Equal("completed", status.Status);
        var row = Assert.Single(await OutboxRows.ForAsync(stack, verification.Id));
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task A_row_that_cannot_be_sent_is_parked_without_blocking_the_others()
    {
        await using (var db = stack.Database())
        {
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(), Destination = "source.tax", MessageType = "NoSuchCommand", EncryptedBody = [],
                CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            });
            await db.SaveChangesAsync();
        }
        var verification = await StoredVerifications.InsertAsync(stack, withOutbox: true);
        using var client = stack.Client();

        Assert.Equal("completed", (await client.WaitUntilFinishedAsync(verification.Id)).Status);
        var parked = await WaitForAsync(async () =>
        {
            await using var db = stack.Database();
            return await db.Outbox.SingleAsync(o => o.MessageType == "NoSuchCommand") is { ParkedAt: not null } row ? row : null;
        });
        Assert.Null(parked.SentAt);
        Assert.Contains("NoSuchCommand", parked.LastError);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(100))
            if (await probe() is { } found) return found;
        throw new TimeoutException("The condition did not hold in time.");
    }
}
