using System.Text.Json;
using Hub.Web.Access;
using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Web.Audit;

/// <summary>
/// <c>GET /api/v1/audit/events?verificationId=</c>: one verification's events in the order they
/// were written; an unknown id is an empty list, since audit rows may outlive their verification.
/// </summary>
public static class AuditEventsEndpoint
{
    public static async Task<IResult> HandleAsync(Guid? verificationId, HttpContext http, HubDbContext db, CancellationToken cancellationToken)
    {
        if (verificationId is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["verificationId"] = ["query parameter is required"] });
        // An auditor scoped to some jurisdictions sees only their verifications' trails.
        var jurisdiction = await db.Verifications.Where(v => v.Id == verificationId).Select(v => v.Jurisdiction).FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is not null && !http.User.MayActFor(jurisdiction)) return Results.Ok(Array.Empty<AuditEventView>());

        var events = await db.AuditEvents.AsNoTracking().Where(e => e.VerificationId == verificationId)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return Results.Ok(events.Select(e => new AuditEventView(
            e.Id, e.Sequence, e.OccurredAt, e.Kind, e.Actor, e.UserId, e.VerificationId,
            JsonSerializer.Deserialize<JsonElement>(e.Details), e.Hash, e.CheckpointId)).ToList());
    }
}
