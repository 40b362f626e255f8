using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Verifications;

/// <summary><c>GET /api/v1/verifications/{id}/report</c>: the stored report, once the verification has finished.</summary>
public static class VerificationReportEndpoint
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, HubDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.Verifications.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { v.Jurisdiction, v.Status, v.ReportJson }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !http.User.MayActFor(found.Jurisdiction)) return NotFound.Problem();
        if (found.ReportJson is null)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Report not ready",
                detail: $"The verification is {found.Status}; its report exists once every department has answered or the deadline passed.");

        await ReportReadAudit.RecordAsync(http, db, id, cancellationToken);
        // The report is stored as issued; wrap it without re-serializing so its bytes never change.
        return Results.Text("{\"report\":" + found.ReportJson + "}", "application/json; charset=utf-8");
    }
}
