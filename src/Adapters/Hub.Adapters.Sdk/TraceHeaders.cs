namespace Hub.Adapters.Sdk;

/// <summary>Headers every department call carries, so the department's own logs tie back to the case.</summary>
public static class TraceHeaders
{
    public const string CaseRef = "X-Case-Ref";
    public const string UserId = "X-User-Id";
    public const string RequestId = "X-Request-Id";
}
