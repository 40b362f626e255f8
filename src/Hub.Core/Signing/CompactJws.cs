using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Hub.Core.Signing;

/// <summary>The three parts of an RFC 7515 compact serialization, decoded strictly.</summary>
internal sealed record CompactJws(JsonElement Header, byte[] Payload, byte[] Signature, byte[] SigningInput)
{
    public static CompactJws Parse(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3) throw new FormatException("A compact JWS has three dot-separated parts.");
        using var header = JsonDocument.Parse(Decode(parts[0], "header"));
        if (header.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("The JWS header is not a JSON object.");
        return new CompactJws(header.RootElement.Clone(), Decode(parts[1], "payload"), Decode(parts[2], "signature"),
            Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
    }

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
