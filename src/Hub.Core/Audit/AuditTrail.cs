using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Core.Persistence;
using Hub.Core.Verifications;

namespace Hub.Core.Audit;

/// <summary>
/// Adds audit events to the current unit of work, so each commits (or rolls back) together with
/// the change it describes. ID numbers appear only masked.
/// </summary>
public static class AuditTrail
{
    /// <summary>The actor of steps the hub takes on its own (answers recorded, deadlines, reports).</summary>
    public const string HubActor = "hub";

    public static void RequestReceived(HubDbContext db, Verification v, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.RequestReceived, v.CallerName, v.UserId, v.Id, new
        {
            v.CaseRef, v.ConsentReference, v.Jurisdiction, v.AssistanceType, Members = v.Members.Count,
        });

    public static void DepartmentQueried(HubDbContext db, Verification v, string source, IEnumerable<MemberIdentity> members, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.DepartmentQueried, HubActor, v.UserId, v.Id, new
        {
            Source = source,
            v.CaseRef,
            Members = members.OrderBy(m => m.Position).Select(m => new { m.Position, IdNumber = IdNumber.Mask(m.IdNumber) }),
        });

    /// <summary>Records the department's outcome once its check has left pending.</summary>
    public static void SourceFinished(HubDbContext db, Guid verificationId, SourceCheck check, DateTimeOffset now)
    {
        if (check.Status == SourceStatus.Answered) DepartmentAnswered(db, verificationId, check.SourceCode, check.EvidenceSha256, now);
        else DepartmentUnavailable(db, verificationId, check.SourceCode, check.ReasonCode, check.Reason, now);
    }

    public static void DepartmentAnswered(HubDbContext db, Guid verificationId, string source, string? evidenceSha256, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.DepartmentAnswered, HubActor, null, verificationId, new { Source = source, EvidenceSha256 = evidenceSha256 });

    public static void DepartmentUnavailable(
        HubDbContext db, Guid verificationId, string source, string? reasonCode, string? reason, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.DepartmentUnavailable, HubActor, null, verificationId,
            new { Source = source, ReasonCode = reasonCode, Reason = reason });

    /// <param name="reportJson">The issued report in canonical form, as signed.</param>
    public static void ReportIssued(HubDbContext db, Verification v, string reportJson, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.ReportIssued, HubActor, null, v.Id, new
        {
            v.Status,
            ReportSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reportJson))),
        });

    public static void ReportRead(HubDbContext db, Guid verificationId, string clientName, string? userId, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.ReportRead, clientName, userId, verificationId, new { });

    /// <param name="action">What the operator did, e.g. <c>outbox_requeue</c>; never personal data.</param>
    public static void OperatorAction(
        HubDbContext db, string operatorName, string? userId, string action, Guid? verificationId, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.OperatorAction, operatorName, userId, verificationId, new { Action = action });

    /// <summary>A verification's personal data deleted under the retention policy: what and how much, never the data.</summary>
    public static void VerificationPurged(
        HubDbContext db, Guid verificationId, int members, int records, bool report, TimeSpan retention, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.DataPurged, HubActor, null, verificationId, new
        {
            Purged = "verification", Members = members, Records = records, Report = report, Retention = retention.ToString("c"),
        });

    /// <param name="purged"><c>sent_outbox</c> or <c>parked_outbox</c>: copies of commands, which name members.</param>
    public static void OutboxPurged(HubDbContext db, string purged, int rows, TimeSpan retention, DateTimeOffset now) =>
        Add(db, now, AuditEventKind.DataPurged, HubActor, null, null, new { Purged = purged, Rows = rows, Retention = retention.ToString("c") });

    private static void Add(HubDbContext db, DateTimeOffset now, string kind, string actor, string? userId, Guid? verificationId, object details) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = AuditChain.ToStoredPrecision(now),
            Kind = kind,
            Actor = actor,
            // Checked at the API by the caller-text rule (at most 64 characters); cutting here could split a character.
            UserId = userId,
            VerificationId = verificationId,
            Details = JsonSerializer.Serialize(details, HubJson.Options),
        });
}
