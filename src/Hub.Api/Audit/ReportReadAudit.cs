using Hub.Api.Access;
using Hub.Api.Verifications;
using Hub.Core.Audit;
using Hub.Core.Persistence;

namespace Hub.Api.Audit;

public static class ReportReadAudit
{
    /// <summary>Records who read a report (client and, when it said, caseworker) before it is handed out.</summary>
    public static async Task RecordAsync(HttpContext http, HubDbContext db, Guid verificationId, CancellationToken cancellationToken)
    {
        var userId = http.Request.Headers[SubmitVerificationEndpoint.UserIdHeader].ToString();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        AuditTrail.ReportRead(db, verificationId, http.User.ClientName(), userId.Length == 0 ? null : userId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
