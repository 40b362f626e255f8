using System.Net;

namespace Hub.Adapters.Sdk;

/// <summary>A successful department answer: status (200, or 202 while an asynchronous job runs) and raw body.</summary>
public sealed record DepartmentResponse(HttpStatusCode Status, byte[] Body);
