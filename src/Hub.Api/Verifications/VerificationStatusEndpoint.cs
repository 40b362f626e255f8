using Hub.Api.Access;
using Hub.Contracts.Api;
using Hub.Core.Persistence;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Verifications;

/// <summary><c>GET /api/v1/verifications/{id}</c>: progress per department; 404 outside the caller's jurisdictions.</summary>
public static class VerificationStatusEndpoint
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, HubDbContext db, CancellationToken cancellationToken)
    {
        var verification = await db.Verifications.AsNoTracking().Include(v => v.Sources)
            .FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
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
                s.Reason)).ToList(),
            verification.ReportJson is null ? null : $"/api/v1/verifications/{id}/report"));
    }
}
