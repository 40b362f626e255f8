using System.Net;

namespace Hub.Adapters.Sdk;

/// <summary>The department answered with an error status, after whatever retries were safe.</summary>
public sealed class DepartmentRefusedException(HttpStatusCode status)
    : Exception($"the department answered HTTP {(int)status}")
{
    public HttpStatusCode Status { get; } = status;
}
