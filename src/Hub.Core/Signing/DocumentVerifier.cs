using System.Security.Cryptography;
using System.Text.Json;

namespace Hub.Core.Signing;

/// <summary>
/// Checks a report envelope <c>{"report":{…},"jws":"…"}</c> or a bare compact JWS against public keys only,
/// so the same check runs in the API (key ring) and offline (a saved JWKS).
/// </summary>
public sealed class DocumentVerifier
{
    // A second "report" member could show a reader one report and the verifier another.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };
    private readonly Dictionary<string, SigningKey> keys;

    public DocumentVerifier(IEnumerable<SigningKey> keys) => this.keys = keys.DistinctBy(k => k.Kid).ToDictionary(k => k.Kid);

    public static DocumentVerifier FromJwks(string json) => new(Jwks.Parse(json));

    public VerificationOutcome Verify(string input)
    {
        var text = input.Trim();
        if (!text.StartsWith('{')) return VerifyJws(text, expectedPayload: null);
        try
        {
            using var envelope = JsonDocument.Parse(text, Strict);
            var root = envelope.RootElement;
            if (!root.TryGetProperty(SignedEnvelope.ReportMember, out var report) || report.ValueKind != JsonValueKind.Object)
                return VerificationOutcome.Invalid(null, "The envelope has no \"report\" object.");
            if (!root.TryGetProperty(SignedEnvelope.JwsMember, out var jws) || jws.ValueKind != JsonValueKind.String)
                return VerificationOutcome.Invalid(null, "The envelope has no \"jws\" string.");
            return VerifyJws(jws.GetString()!, Jcs.Canonicalize(report));
        }
        catch (JsonException ex)
        {
            return VerificationOutcome.Invalid(null, $"The input is not valid JSON: {ex.Message}");
        }
    }

    private VerificationOutcome VerifyJws(string compact, byte[]? expectedPayload)
    {
        CompactJws jws;
        try
        {
            jws = CompactJws.Parse(compact);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return VerificationOutcome.Invalid(null, $"Malformed JWS: {ex.Message}");
        }

        var kid = jws.Header.TryGetProperty("kid", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        if (!jws.Header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "ES256")
            return VerificationOutcome.Invalid(kid, "The JWS header must say \"alg\":\"ES256\".");
        // RFC 7515 §4.1.11: extensions the verifier does not understand make the JWS invalid; we understand none.
        if (jws.Header.TryGetProperty("crit", out _))
            return VerificationOutcome.Invalid(kid, "The JWS header lists critical extensions this verifier does not support.");
        if (kid is null) return VerificationOutcome.Invalid(null, "The JWS header has no kid.");
        if (!keys.TryGetValue(kid, out var key)) return VerificationOutcome.Invalid(kid, "The kid is not a published signing key.");
        if (jws.Signature.Length != 64 || !key.Ecdsa.VerifyData(jws.SigningInput, jws.Signature, HashAlgorithmName.SHA256,
                DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            return VerificationOutcome.Invalid(kid, "The signature does not match.");
        if (expectedPayload is not null && !expectedPayload.AsSpan().SequenceEqual(jws.Payload))
            return VerificationOutcome.Invalid(kid, "The report differs from the signed payload.");
        return new VerificationOutcome(true, kid, null);
    }
}
