using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Hub.Core.Signing;

/// <summary>
/// The three parts of an RFC 7515 compact serialization, decoded strictly. Of the header only what the verifier
/// reads is kept; a member of another JSON kind than expected reads as absent.
/// </summary>
internal sealed record CompactJws(string? Alg, string? Kid, string? Typ, bool Critical, byte[] Payload, byte[] Signature, byte[] SigningInput)
{
    // RFC 7515 §4: header parameter names must be unique; rejecting duplicates is the safe choice it offers.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static CompactJws Parse(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3) throw new FormatException("A compact JWS has three dot-separated parts.");
        var header = Decode(parts[0], "header");
        var payload = Decode(parts[1], "payload");
        var signature = Decode(parts[2], "signature");
        try
        {
            using var json = JsonDocument.Parse(header, Strict);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("The JWS header is not a JSON object.");
            return new CompactJws(Text(root, "alg"), Text(root, "kid"), Text(root, "typ"), root.TryGetProperty("crit", out _),
                payload, signature, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        }
        // InvalidOperationException: a name or value that is not Unicode (an escaped lone surrogate, bytes that are not UTF-8).
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("The JWS header is not a valid JSON object.", ex);
        }
    }

    private static string? Text(JsonElement header, string name) =>
        header.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Only the canonical unpadded encoding is accepted, so that no altered character can decode to the same bytes.</summary>
    private static byte[] Decode(string part, string name)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            throw new FormatException($"The JWS {name} is not base64url.");
        }
        if (Base64Url.EncodeToString(bytes) != part) throw new FormatException($"The JWS {name} is not canonical unpadded base64url.");
        return bytes;
    }
}
