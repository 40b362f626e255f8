using Hub.Core.Outbox;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Tests.Outbox;

[Collection(PipelineCollection.Name)]
public sealed class When_sent_rows_grow_old(ProductionStack stack)
{
    [Fact]
    public async Task Rows_sent_before_the_retention_are_deleted_and_the_rest_kept()
    {
        var now = DateTimeOffset.UtcNow;
        OutboxMessage Row(DateTimeOffset? sentAt) => new()
        {
            Id = Guid.CreateVersion7(), Destination = "source.tax", MessageType = "Test", EncryptedBody = [],
            CreatedAt = now.AddDays(-3), NextAttemptAt = now.AddDays(-3), SentAt = sentAt,
        };
        var old = Row(now.AddDays(-2));
        var recent = Row(now.AddHours(-1));
        var parked = Row(null);
        parked.ParkedAt = now.AddDays(-2);
        await using (var db = stack.Database())
        {
            db.Outbox.AddRange(old, recent, parked);
            await db.SaveChangesAsync();
        }

        var relay = stack.Api.Services.GetServices<IHostedService>().OfType<OutboxRelay>().Single();
        await relay.PurgeSentAsync(CancellationToken.None);

        await using var check = stack.Database();
        var left = await check.Outbox.Where(o => o.Id == old.Id || o.Id == recent.Id || o.Id == parked.Id).Select(o => o.Id).ToListAsync();
        Assert.Equal(new[] { recent.Id, parked.Id }.Order(), left.Order());
    }
}
