namespace Hub.Testing;

public static class AuditTamper
{
    /// <summary>Changes one character in the middle of a compact JWS's signature part.</summary>
    public static string FlipSignatureCharacter(string jws)
    {
        var at = jws.LastIndexOf('.') + 20;
        return jws[..at] + (jws[at] == 'A' ? 'B' : 'A') + jws[(at + 1)..];
    }
}
