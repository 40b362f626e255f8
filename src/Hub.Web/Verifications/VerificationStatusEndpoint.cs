using Hub.Web.Access;
using Hub.Contracts.Api;
using Hub.Core.Persistence;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Web.Verifications;

/// <summary><c>GET /api/v1/verifications/{id}</c>: progress per department; 404 outside the caller's jurisdictions.</summary>
public static class VerificationStatusEndpoint
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, HubDbContext db, CancellationToken cancellationToken)
    {
        // Only the columns a status needs: pollers must not drag the report and the records along.
        var verification = await db.Verifications.AsNoTracking().Where(v => v.Id == id).Select(v => new
        {
            v.Id, v.CaseRef, v.Jurisdiction, v.AssistanceType, v.Status, v.AcceptedAt, v.Deadline, v.CompletedAt, v.PurgedAt,
            HasReport = v.EncryptedReport != null,
            Sources = v.Sources.Select(s => new { s.SourceCode, s.Status, s.Attempts, s.RequestedAt, s.FinishedAt, s.ReasonCode, s.Reason }).ToList(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (verification is null || !http.User.MayActFor(verification.Jurisdiction)) return NotFound.Problem();

        return Results.Ok(new VerificationStatusResponse(
            verification.Id,
            verification.CaseRef,
            verification.Jurisdiction,
            verification.AssistanceType,
            verification.Status,
            verification.AcceptedAt,
            verification.Deadline,
            verification.CompletedAt,
            verification.Sources.OrderBy(s => s.SourceCode).Select(s => new SourceStatusResponse(
                s.SourceCode, s.Status, s.Attempts, s.RequestedAt, s.FinishedAt,
                s.FinishedAt is { } done ? (long)(done - s.RequestedAt).TotalMilliseconds : null,
                s.ReasonCode, s.Reason)).ToList(),
            verification.HasReport ? $"/api/v1/verifications/{id}/report" : null,
            verification.PurgedAt));
    }
}
