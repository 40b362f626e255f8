using System.Text.Json;
using Hub.Web.Access;
using Hub.Web.Audit;
using Hub.Contracts.Api;
using Hub.Core;
using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.Core.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Hub.Web.Verifications;

/// <summary>
/// <c>GET /api/v1/verifications/{id}/report</c>: the signed report once the verification has finished —
/// as <c>{"report","jws"}</c>, as the bare compact JWS (<c>Accept: application/jose</c>) or as a printable
/// Chinese page (<c>Accept: text/html</c>).
/// </summary>
public static class VerificationReportEndpoint
{
    public const string JoseMediaType = "application/jose";

    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext http, HubDbContext db, PersonalData data, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var found = await db.Verifications.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { v.Jurisdiction, v.Status, v.PurgedAt, v.EncryptedReport, v.EncryptedReportJws })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !http.User.MayActFor(found.Jurisdiction)) return NotFound.Problem();
        if (found.PurgedAt is { } purgedAt) return ReportProblems.Purged(purgedAt);
        if (found.EncryptedReport is null || found.EncryptedReportJws is null)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Report not ready",
                detail: $"The verification is {found.Status}; its report exists once every department has answered or the deadline passed.");

        string reportJson, reportJws;
        try
        {
            reportJson = await data.DecryptAsync(found.EncryptedReport, DataPurpose.Report(id), cancellationToken);
            reportJws = await data.DecryptAsync(found.EncryptedReportJws, DataPurpose.ReportJws(id), cancellationToken);
        }
        catch (UnreadableDataException ex)
        {
            loggers.CreateLogger(typeof(VerificationReportEndpoint))
                .LogError(ex, "The stored report of verification {VerificationId} cannot be decrypted", id);
            return ReportProblems.Unreadable();
        }

        if (await ReportReadAudit.RecordAsync(http, db, id, cancellationToken) is { } problem) return problem;
        var preferred = Preferred(http.Request);
        if (preferred == "text/html") http.Response.Headers.ContentSecurityPolicy = ReportPage.ContentSecurityPolicy;
        return preferred switch
        {
            JoseMediaType => Results.Text(reportJws, JoseMediaType),
            "text/html" => Results.Content(
                ReportPage.Render(JsonSerializer.Deserialize<VerificationReport>(reportJson, HubJson.Options)!),
                "text/html; charset=utf-8"),
            // Wrapped around the stored canonical bytes without re-serializing, so they match the signature.
            _ => Results.Text(SignedEnvelope.Write(reportJson, reportJws), "application/json; charset=utf-8"),
        };
    }

    private static string Preferred(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).Select(a => a.MediaType.Value);
        return accepted.FirstOrDefault(t => t is JoseMediaType or "text/html" or "application/json" or "*/*") ?? "application/json";
    }
}
