namespace Hub.Core.Audit;

/// <summary>The answer of <c>GET /api/v1/audit/verify</c>.</summary>
/// <param name="FirstBrokenEvent">Id of the first event whose link does not hold, when one does not.</param>
/// <param name="Reason">Why the chain is not valid; null when it is.</param>
public sealed record AuditVerification(bool Valid, long CheckedEvents, long? FirstBrokenEvent, int CheckedCheckpoints, string? Reason);
