using Hub.Core.Audit;
using Hub.Core.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Audit;

[Collection(PipelineCollection.Name)]
public sealed class When_many_verifications_are_sealed_at_once(ProductionStack stack)
{
    [Fact]
    public async Task No_event_is_lost_and_the_chain_has_no_gap()
    {
        using var client = stack.Client();
        using var audit = new AuditClient(stack);
        await using var rival = RivalSealer();
        using var stop = new CancellationTokenSource();
        // A second replica's sealer competing for leadership the whole time.
        var rivalRounds = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await rival.GetRequiredService<AuditSealer>().SealBatchAsync(CancellationToken.None);
                await Task.Delay(50);
            }
        });

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.SubmitAcceptedAsync(Households.Family())));
        await Task.WhenAll(ids.Select(id => client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60))));
        // request_received, a department_queried and a department_answered per department, report_issued.
        var each = 2 + 2 * TestDepartments.Codes.Count;
        var events = (await Task.WhenAll(ids.Select(id => audit.WaitUntilSealedAsync(id, each)))).SelectMany(e => e).ToList();
        await stop.CancelAsync();
        await rivalRounds;

        Assert.Equal(20 * each, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Sequence).Distinct().Count());
        await using var db = stack.Database();
        var sequences = await db.AuditEvents.Where(e => e.Sequence != null).OrderBy(e => e.Sequence).Select(e => e.Sequence!.Value).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        var result = await audit.VerifyAsync();
        Assert.True(result.Valid, result.Reason);
    }

    /// <summary>A sealer of another process on the same database, signing with the API's key so its checkpoints verify.</summary>
    private ServiceProvider RivalSealer() => new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddDbContext<PostgresHubDbContext>(o => o.UseNpgsql(stack.ConnectionString))
        .AddScoped<HubDbContext>(sp => sp.GetRequiredService<PostgresHubDbContext>())
        .AddHubAudit(new ConfigurationBuilder().Build())
        .AddSingleton(stack.Api.Services.GetRequiredService<ICheckpointSigner>())
        .BuildServiceProvider();
}
