namespace Hub.Contracts.Api;

/// <summary>Answer of <c>GET /api/v1/verifications/{id}/report</c>.</summary>
public sealed record ReportEnvelope(VerificationReport Report);
