using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Core.Signing;

/// <summary>RFC 7517 JSON Web Key Set of the public signing keys, current and retired.</summary>
public static class Jwks
{
    public static string Document(IEnumerable<SigningKey> keys) =>
        new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToPublicJwk())]) }.ToJsonString();

    /// <summary>The P-256 keys of a JWKS (other key types are skipped); a kid must be the key's RFC 7638 thumbprint.</summary>
    public static IReadOnlyList<SigningKey> Parse(string json)
    {
        try
        {
            var keys = JsonNode.Parse(json)?["keys"] as JsonArray ?? throw new FormatException("The JWKS has no \"keys\" array.");
            var found = new List<SigningKey>();
            foreach (var jwk in keys.OfType<JsonObject>())
            {
                if ((string?)jwk["kty"] != "EC" || (string?)jwk["crv"] != "P-256") continue;
                var key = SigningKey.FromPublicPoint(
                    (string?)jwk["x"] ?? throw new FormatException("A P-256 key has no \"x\"."),
                    (string?)jwk["y"] ?? throw new FormatException("A P-256 key has no \"y\"."));
                if (jwk["kid"] is { } kid && (string?)kid != key.Kid)
                    throw new FormatException($"The JWKS key \"{kid}\" is not named by its RFC 7638 thumbprint {key.Kid}.");
                found.Add(key);
            }
            return found;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or CryptographicException)
        {
            throw new FormatException($"The JWKS is malformed: {ex.Message}", ex);
        }
    }
}
