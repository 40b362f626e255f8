using Hub.Core.Audit;
using Hub.Core.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>
/// The verifier reads the checkpoints, then the events. A batch the sealer commits between those two
/// reads must not look like events without a checkpoint: the verifier reads one snapshot.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class When_the_trail_is_verified_while_it_is_sealed(ProductionStack stack)
{
    [Fact]
    public async Task A_batch_sealed_between_the_verifiers_reads_leaves_the_chain_valid()
    {
        var sealBetweenReads = new AfterReading("audit_checkpoints", () => AuditSealing.SealOneMoreEventAsync(stack));
        await using var db = new PostgresHubDbContext(new DbContextOptionsBuilder<PostgresHubDbContext>()
            .UseNpgsql(stack.ConnectionString).AddInterceptors(sealBetweenReads).Options);
        var verifier = new AuditVerifier(db, stack.Api.Services.GetRequiredService<ICheckpointSigner>());

        var result = await verifier.VerifyAsync(CancellationToken.None);

        Assert.True(sealBetweenReads.Ran);
        Assert.True(result.Valid, result.Reason);
    }
}
