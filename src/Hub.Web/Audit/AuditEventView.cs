using System.Text.Json;

namespace Hub.Web.Audit;

/// <summary>An audit event as <c>GET /api/v1/audit/events</c> lists it; <see cref="Sequence"/> is null until sealed.</summary>
public sealed record AuditEventView(
    long Id, long? Sequence, DateTimeOffset OccurredAt, string Kind, string Actor, string? UserId, Guid? VerificationId,
    JsonElement Details, string? Hash, long? CheckpointId);
