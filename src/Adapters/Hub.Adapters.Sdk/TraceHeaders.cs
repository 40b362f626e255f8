namespace Hub.Adapters.Sdk;

/// <summary>
/// Headers every department call carries, so the department's own logs tie back to the case. The case
/// reference and the caseworker id are caller text in any script, and HTTP headers carry only ASCII: they
/// always travel as percent-encoded UTF-8 (RFC 3986; unreserved characters stay as they are, so
/// <c>HZ-2026-000123</c> is sent unchanged and <c>菏民低保〔2026〕123号</c> as <c>%E8%8F%8F%E6%B0%91…</c>).
/// A department reads them back with any URL-decoding function.
/// </summary>
public static class TraceHeaders
{
    public const string CaseRef = "X-Case-Ref";
    public const string UserId = "X-User-Id";
    public const string RequestId = "X-Request-Id";

    public static string Encode(string value) => Uri.EscapeDataString(value);
}
