using System.Security.Cryptography;

namespace Hub.Core.Signing;

/// <summary>
/// Checks a compact JWS of one <see cref="JwsType"/> against public keys: <c>typ</c> of that type, <c>alg</c> ES256,
/// no critical extensions, a published <c>kid</c>, a low-S signature that matches, and optionally the exact payload.
/// </summary>
internal sealed class JwsVerifier
{
    private readonly Dictionary<string, SigningKey> keys;
    private readonly JwsType type;

    public JwsVerifier(IEnumerable<SigningKey> keys, JwsType type)
    {
        this.keys = keys.DistinctBy(k => k.Kid).ToDictionary(k => k.Kid);
        this.type = type;
    }

    /// <param name="expectedPayload">When given, the JWS must carry exactly these bytes.</param>
    public VerificationOutcome Verify(string compact, byte[]? expectedPayload)
    {
        CompactJws jws;
        try
        {
            jws = CompactJws.Parse(compact);
        }
        catch (FormatException ex)
        {
            return VerificationOutcome.Invalid(null, $"Malformed JWS: {ex.Message}");
        }

        // Only a kid shaped like a key thumbprint is echoed: any other text could be personal data or terminal escapes.
        var kid = IsThumbprint(jws.Kid) ? jws.Kid : null;
        if (jws.Alg != "ES256") return VerificationOutcome.Invalid(kid, "The JWS header must say \"alg\":\"ES256\".");
        // RFC 7515 §4.1.11: extensions the verifier does not understand make the JWS invalid; we understand none.
        if (jws.Critical) return VerificationOutcome.Invalid(kid, "The JWS header lists critical extensions this verifier does not support.");
        if (jws.Typ != type.Value) return VerificationOutcome.Invalid(kid, $"The JWS is not a {type.Name}: its typ must be \"{type.Value}\".");
        if (jws.Kid is null) return VerificationOutcome.Invalid(null, "The JWS header has no kid.");
        if (kid is null || !keys.TryGetValue(kid, out var key)) return VerificationOutcome.Invalid(kid, "The kid is not a published signing key.");
        if (jws.Signature.Length != 64) return VerificationOutcome.Invalid(kid, "The signature does not match.");
        if (!EcdsaLowS.IsLow(jws.Signature)) return VerificationOutcome.Invalid(kid, "The signature is not in low-S form.");
        if (!key.Ecdsa.VerifyData(jws.SigningInput, jws.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            return VerificationOutcome.Invalid(kid, "The signature does not match.");
        if (expectedPayload is not null && !expectedPayload.AsSpan().SequenceEqual(jws.Payload))
            return VerificationOutcome.Invalid(kid, $"The {type.Name} differs from the signed payload.");
        return new VerificationOutcome(true, kid, null);
    }

    /// <summary>RFC 7638 SHA-256 thumbprint, base64url: 43 characters.</summary>
    private static bool IsThumbprint(string? kid) =>
        kid is { Length: 43 } && kid.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
