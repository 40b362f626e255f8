using Hub.Contracts.Messages;
using Hub.Core.Outbox;
using Hub.Core.Protection;
using Hub.Core.Verifications;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Writes verifications straight into the database, as a process that died right after its commit would leave them.</summary>
public static class StoredVerifications
{
    /// <param name="sources">The departments asked (pending checks, and outbox rows when <paramref name="withOutbox"/>); tax alone by default.</param>
    public static async Task<Verification> InsertAsync(ProductionStack stack, bool withOutbox, IReadOnlyList<string>? sources = null)
    {
        sources ??= ["tax"];
        var now = DateTimeOffset.UtcNow;
        var data = stack.Api.Services.GetRequiredService<PersonalData>();
        var household = Households.Family();
        var id = Guid.CreateVersion7();
        var verification = new Verification
        {
            Id = id,
            CallerName = TestKeys.CallerAll,
            IdempotencyKey = Guid.NewGuid().ToString(),
            RequestHash = new string('0', 64),
            CaseRef = household.CaseRef!,
            Jurisdiction = household.Jurisdiction!,
            AssistanceType = household.AssistanceType!,
            Residence = household.Residence!,
            ConsentReference = household.Consent!.Reference!,
            ConsentSignedOn = household.Consent.SignedOn!.Value,
            ConsentValidUntil = household.Consent.ValidUntil!.Value,
            AcceptedAt = now,
            // Far enough that no sweep closes it while a loaded machine is still working on it.
            Deadline = now.AddMinutes(5),
            Members = household.Members!.Select((m, i) => VerificationMember.Create(data, id, i, m.Name!, m.IdNumber!, m.Relation!)).ToList(),
            Sources = sources.Select(code => new SourceCheck { VerificationId = id, SourceCode = code, RequestedAt = now }).ToList(),
        };
        await using var db = stack.Database();
        db.Verifications.Add(verification);
        if (withOutbox)
        {
            var members = household.Members!.Select((m, i) => new MemberIdentity(i, m.Name!, m.IdNumber!)).ToList();
            foreach (var code in sources)
                db.AddCheckSource(data, new CheckSource(id, code, verification.CaseRef, null, verification.Jurisdiction, members, verification.Deadline), now);
        }
        await db.SaveChangesAsync();
        return verification;
    }
}
