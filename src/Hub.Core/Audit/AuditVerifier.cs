using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Audit;

/// <summary>
/// Recomputes the whole chain in sequence order and checks every checkpoint: its signature, that the
/// checkpoints tile the sequence without gaps, and that each one's head hash is the chain's hash at
/// its last event. Unsealed events are not yet part of the chain and are not checked.
/// </summary>
/// <remarks>
/// Checkpoints and events are read in one snapshot: read one after the other, a batch the sealer commits in
/// between shows its events without their checkpoint, and a sound chain is reported broken.
/// </remarks>
public sealed class AuditVerifier(HubDbContext db, ICheckpointSigner signer)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var snapshot = await AuditSnapshot.BeginAsync(db, cancellationToken);
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.FirstSequence).ToListAsync(cancellationToken);
        var checkedEvents = 0L;
        var checkedCheckpoints = 0;
        var previous = AuditChain.Genesis;
        var expected = 1L;
        AuditVerification Broken(long? eventId, string reason) => new(false, checkedEvents, eventId, checkedCheckpoints, reason);

        var events = db.AuditEvents.AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            if (e.Sequence != expected) return Broken(e.Id, $"sequence {expected} is missing before event {e.Id}");
            if (e.PreviousHash != previous) return Broken(e.Id, $"event {e.Id} does not link to the event before it");
            var hash = AuditChain.Hash(previous, e, expected);
            if (e.Hash != hash) return Broken(e.Id, $"event {e.Id} does not match its hash");
            checkedEvents++;

            if (checkedCheckpoints == checkpoints.Count) return Broken(e.Id, $"event {e.Id} is not covered by a checkpoint");
            var checkpoint = checkpoints[checkedCheckpoints];
            if (checkpoint.FirstSequence > expected || e.CheckpointId != checkpoint.Id)
                return Broken(e.Id, $"event {e.Id} does not belong to checkpoint {checkpoint.Id} covering {checkpoint.FirstSequence}..{checkpoint.LastSequence}");
            if (checkpoint.LastSequence == expected)
            {
                if (CheckpointProblem(checkpoint, hash) is { } problem) return Broken(e.Id, problem);
                checkedCheckpoints++;
            }
            previous = hash;
            expected++;
        }
        if (checkedCheckpoints < checkpoints.Count)
            return Broken(null, $"checkpoint {checkpoints[checkedCheckpoints].Id} covers events that are missing");
        return new AuditVerification(true, checkedEvents, null, checkedCheckpoints, null);
    }

    private string? CheckpointProblem(AuditCheckpoint checkpoint, string chainHash)
    {
        if (checkpoint.HeadHash != chainHash) return $"checkpoint {checkpoint.Id} head hash differs from the chain";
        if (!signer.Verify(checkpoint.Signature, AuditChain.CheckpointPayload(checkpoint), out var kid) || kid != checkpoint.Kid)
            return $"checkpoint {checkpoint.Id} signature is not valid";
        return null;
    }
}
