namespace Hub.Core.Signing;

/// <summary>The report endpoint's answer <c>{"report":…,"jws":"…"}</c>, written around the stored canonical bytes unchanged.</summary>
public static class SignedEnvelope
{
    public const string ReportMember = "report";
    public const string JwsMember = "jws";

    // The JWS is base64url and dots only, so it needs no JSON escaping.
    public static string Write(string canonicalJson, string jws) => $$"""{"{{ReportMember}}":{{canonicalJson}},"{{JwsMember}}":"{{jws}}"}""";
}
