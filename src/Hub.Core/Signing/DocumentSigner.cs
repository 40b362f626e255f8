using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Core.Signing;

/// <summary>Signs with the current key as a compact JWS (ES256; kid and typ in the protected header; low-S).</summary>
public sealed class DocumentSigner(SigningKeys keys)
{
    /// <summary>Canonicalizes the report (RFC 8785) and signs those bytes as <see cref="JwsType.Report"/>.</summary>
    public SignedDocument Sign(JsonNode document)
    {
        var canonical = Jcs.CanonicalString(document);
        return new SignedDocument(canonical, SignBytes(Encoding.UTF8.GetBytes(canonical), JwsType.Report), keys.Current.Kid);
    }

    public string SignBytes(byte[] payload, JwsType type)
    {
        var key = keys.Current;
        // The kid is base64url and the typ plain ASCII, so neither needs JSON escaping.
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"ES256","kid":"{{key.Kid}}","typ":"{{type.Value}}"}"""));
        var signingInput = $"{header}.{Base64Url.EncodeToString(payload)}";
        // ES256 (RFC 7518 §3.4) wants r‖s as two 32-byte integers: the IEEE P1363 format, not DER.
        var signature = key.Ecdsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{signingInput}.{Base64Url.EncodeToString(EcdsaLowS.Normalize(signature))}";
    }
}
