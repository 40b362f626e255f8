using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Contracts.Messages;
using Hub.Core.Audit;
using Hub.Core.Outbox;
using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Submission;

/// <summary>
/// Stores a validated submission — the verification, one pending check per department and the
/// commands to ask them — in one transaction, then wakes the outbox relay.
/// </summary>
public sealed class VerificationSubmitter(
    HubDbContext db, PersonalData data, OutboxSignal signal, IOptions<HubOptions> options, TimeProvider time)
{
    public async Task<SubmissionOutcome> SubmitAsync(
        SubmitVerificationRequest request, Caller caller, string idempotencyKey, CancellationToken cancellationToken)
    {
        var requestHash = Hash(request);
        if (await Existing(caller.Name, idempotencyKey, requestHash, cancellationToken) is { } earlier) return earlier;

        var now = time.GetUtcNow();
        var verification = Create(request, caller, idempotencyKey, requestHash, now);
        db.Verifications.Add(verification);
        var members = request.Members!.Select((m, i) => new MemberIdentity(i, m.Name!, m.IdNumber!)).ToList();
        AuditTrail.RequestReceived(db, verification, now);
        foreach (var source in verification.Sources) AuditTrail.DepartmentQueried(db, verification, source.SourceCode, members, now);
        foreach (var source in verification.Sources)
            db.AddCheckSource(data, new CheckSource(verification.Id, source.SourceCode, verification.CaseRef, verification.UserId,
                verification.Jurisdiction, members, verification.Deadline), now);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key won the insert; answer as it was answered.
            db.ChangeTracker.Clear();
            return await Existing(caller.Name, idempotencyKey, requestHash, cancellationToken) ?? throw new InvalidOperationException(
                "Storing the verification failed and no earlier verification holds its idempotency key.");
        }
        signal.Notify();
        return new SubmissionOutcome.Accepted(verification.Id, verification.Status, Replayed: false);
    }

    private async Task<SubmissionOutcome?> Existing(string callerName, string key, string requestHash, CancellationToken cancellationToken)
    {
        var earlier = await db.Verifications.AsNoTracking()
            .Where(v => v.CallerName == callerName && v.IdempotencyKey == key)
            .Select(v => new { v.Id, v.Status, v.RequestHash })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is null) return null;
        return earlier.RequestHash == requestHash
            ? new SubmissionOutcome.Accepted(earlier.Id, earlier.Status, Replayed: true)
            : new SubmissionOutcome.KeyReused(earlier.Id);
    }

    private Verification Create(SubmitVerificationRequest request, Caller caller, string key, string requestHash, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var sources = request.Sources ?? options.Value.Sources;
        return new Verification
        {
            Id = id,
            CallerName = caller.Name,
            IdempotencyKey = key,
            RequestHash = requestHash,
            CaseRef = request.CaseRef!,
            Jurisdiction = request.Jurisdiction!,
            AssistanceType = request.AssistanceType!,
            Residence = request.Residence!,
            UserId = caller.UserId,
            ConsentReference = request.Consent!.Reference!,
            ConsentSignedOn = request.Consent.SignedOn!.Value,
            ConsentValidUntil = request.Consent.ValidUntil!.Value,
            CallbackUrl = request.CallbackUrl,
            EncryptedDeclarations = HouseholdDeclarations.From(request) is { } declared
                ? data.Encrypt(JsonSerializer.Serialize(declared, HubJson.Options), DataPurpose.Declarations(id))
                : null,
            AcceptedAt = now,
            Deadline = now + options.Value.Deadline,
            Members = request.Members!.Select((m, i) => VerificationMember.Create(data, id, i, m.Name!, m.IdNumber!, m.Relation!)).ToList(),
            Sources = sources.Select(code => new SourceCheck { VerificationId = id, SourceCode = code, RequestedAt = now }).ToList(),
        };
    }

    private string Hash(SubmitVerificationRequest request) => data.RequestFingerprint(JsonSerializer.Serialize(request, HubJson.Options));
}
