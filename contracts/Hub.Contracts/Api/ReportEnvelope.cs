namespace Hub.Contracts.Api;

/// <summary>Answer of <c>GET /api/v1/verifications/{id}/report</c>: the report and its compact JWS (ES256) over the report's RFC 8785 form.</summary>
public sealed record ReportEnvelope(VerificationReport Report, string Jws);
