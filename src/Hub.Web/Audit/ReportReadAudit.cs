using Hub.Web.Access;
using Hub.Web.Verifications;
using Hub.Core.Audit;
using Hub.Core.Persistence;

namespace Hub.Web.Audit;

public static class ReportReadAudit
{
    /// <summary>
    /// Records who read a report (client and, when it said, caseworker) before it is handed out. A caseworker id
    /// that is not acceptable text gets its problem back: nothing is recorded and the report is not served.
    /// </summary>
    public static async Task<IResult?> RecordAsync(HttpContext http, HubDbContext db, Guid verificationId, CancellationToken cancellationToken)
    {
        if (!CallerHeaders.TryReadUserId(http.Request, out var userId, out var problem)) return problem;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        AuditTrail.ReportRead(db, verificationId, http.User.ClientName(), userId, now);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
