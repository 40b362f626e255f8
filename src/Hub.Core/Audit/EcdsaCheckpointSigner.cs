using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hub.Core.Audit;

/// <summary>
/// ES256 compact JWS with one key held in memory, its kid the RFC 7638 thumbprint. Checkpoints it
/// signed verify only while this process lives; the hub's persistent key ring replaces it.
/// </summary>
public sealed class EcdsaCheckpointSigner : ICheckpointSigner, IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly string header;

    public EcdsaCheckpointSigner()
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        // RFC 7638: the required members in lexicographic order, no whitespace.
        var jwk = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url.EncodeToString(point.X)}\",\"y\":\"{Base64Url.EncodeToString(point.Y)}\"}}";
        CurrentKid = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(jwk)));
        header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"alg\":\"ES256\",\"kid\":\"{CurrentKid}\"}}"));
    }

    public string CurrentKid { get; }

    public string Sign(byte[] payload)
    {
        var signingInput = header + "." + Base64Url.EncodeToString(payload);
        // SignData yields the IEEE P1363 form (r ‖ s) that JWS requires.
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public bool Verify(string jws, byte[] payload, out string? kid)
    {
        kid = null;
        var parts = jws.Split('.');
        if (parts.Length != 3) return false;
        try
        {
            using var parsed = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (parsed.RootElement.ValueKind != JsonValueKind.Object
                || !parsed.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "ES256"
                || !parsed.RootElement.TryGetProperty("kid", out var kidValue) || kidValue.ValueKind != JsonValueKind.String)
                return false;
            kid = kidValue.GetString();
            return kid == CurrentKid
                && Base64Url.DecodeFromChars(parts[1]).AsSpan().SequenceEqual(payload)
                && key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }

    public void Dispose() => key.Dispose();
}
