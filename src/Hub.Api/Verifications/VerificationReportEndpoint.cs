using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Contracts.Api;
using Hub.Core;
using Hub.Core.Persistence;
using Hub.Core.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Verifications;

/// <summary>
/// <c>GET /api/v1/verifications/{id}/report</c>: the signed report once the verification has finished —
/// as <c>{"report","jws"}</c>, as the bare compact JWS (<c>Accept: application/jose</c>) or as a printable
/// Chinese page (<c>Accept: text/html</c>).
/// </summary>
public static class VerificationReportEndpoint
{
    public const string JoseMediaType = "application/jose";

    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, HubDbContext db, CancellationToken cancellationToken)
    {
        if (ReportReadAudit.RefuseUserId(http) is { } refused) return refused;
        var found = await db.Verifications.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { v.Jurisdiction, v.Status, v.ReportJson, v.ReportJws }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !http.User.MayActFor(found.Jurisdiction)) return NotFound.Problem();
        if (found.ReportJson is null || found.ReportJws is null)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Report not ready",
                detail: $"The verification is {found.Status}; its report exists once every department has answered or the deadline passed.");

        await ReportReadAudit.RecordAsync(http, db, id, cancellationToken);
        var preferred = Preferred(http.Request);
        if (preferred == "text/html") http.Response.Headers.ContentSecurityPolicy = ReportPage.ContentSecurityPolicy;
        return preferred switch
        {
            JoseMediaType => Results.Text(found.ReportJws, JoseMediaType),
            "text/html" => Results.Content(
                ReportPage.Render(JsonSerializer.Deserialize<VerificationReport>(found.ReportJson, HubJson.Options)!),
                "text/html; charset=utf-8"),
            // Wrapped around the stored canonical bytes without re-serializing, so they match the signature.
            _ => Results.Text(SignedEnvelope.Write(found.ReportJson, found.ReportJws), "application/json; charset=utf-8"),
        };
    }

    private static string Preferred(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).Select(a => a.MediaType.Value);
        return accepted.FirstOrDefault(t => t is JoseMediaType or "text/html" or "application/json" or "*/*") ?? "application/json";
    }
}
