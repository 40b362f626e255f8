using Hub.Api.Access;
using Hub.Api.Verifications;
using Hub.Core.Audit;
using Hub.Core.Persistence;

namespace Hub.Api.Audit;

public static class ReportReadAudit
{
    /// <summary>The most an audit event keeps of <c>X-User-Id</c>, as at submission.</summary>
    public const int MaxUserIdLength = 64;

    /// <summary>
    /// A reader's <c>X-User-Id</c> is recorded as sent or not at all: a longer one is refused before anything
    /// is read, rather than cut (a cut could split a character such as 𠮷 and leave text no database can store).
    /// </summary>
    public static IResult? RefuseUserId(HttpContext http) =>
        http.Request.Headers[SubmitVerificationEndpoint.UserIdHeader].ToString().Length > MaxUserIdLength
            ? Results.ValidationProblem(
                new Dictionary<string, string[]> { [SubmitVerificationEndpoint.UserIdHeader] = [$"header must be at most {MaxUserIdLength} characters"] },
                title: "The report request is invalid")
            : null;

    /// <summary>Records who read a report (client and, when it said, caseworker) before it is handed out.</summary>
    public static async Task RecordAsync(HttpContext http, HubDbContext db, Guid verificationId, CancellationToken cancellationToken)
    {
        var userId = http.Request.Headers[SubmitVerificationEndpoint.UserIdHeader].ToString();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        AuditTrail.ReportRead(db, verificationId, http.User.ClientName(), userId.Length == 0 ? null : userId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
