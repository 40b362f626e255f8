using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Core.Signing;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme: the exact bytes a signature covers, so that any party can
/// re-derive them from the parsed JSON whatever whitespace or key order it arrived with.
/// </summary>
/// <remarks>
/// Numbers take the IEEE double path like every JCS implementation, including the <c>decimal</c> amounts
/// System.Text.Json writes into reports; amounts with two decimals round-trip exactly through a double.
/// Input outside I-JSON (NaN, infinities, duplicate keys, lone surrogates) throws <see cref="JsonException"/>.
/// </remarks>
public static class Jcs
{
    // Lone surrogates must fail rather than silently become U+FFFD in the signed bytes.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Canonicalize(JsonNode? node) => Encode(CanonicalString(node));

    public static byte[] Canonicalize(JsonElement element) => Encode(CanonicalString(element));

    public static string CanonicalString(JsonNode? node)
    {
        // Writing a node silently turns a lone surrogate of a CLR-built string into U+FFFD, so look first.
        RefuseLoneSurrogates(node);
        // Going through JsonElement gives one uniform view of parsed and CLR-built nodes alike.
        return node is null ? "null" : CanonicalString(JsonSerializer.SerializeToElement(node));
    }

    public static string CanonicalString(JsonElement element)
    {
        var output = new StringBuilder();
        Write(element, output);
        return output.ToString();
    }

    private static byte[] Encode(string canonical)
    {
        try
        {
            return StrictUtf8.GetBytes(canonical);
        }
        catch (EncoderFallbackException)
        {
            throw new JsonException("A string holds a lone surrogate, which RFC 8785 cannot canonicalize.");
        }
    }

    private static void RefuseLoneSurrogates(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members)
                {
                    Encode(name);
                    RefuseLoneSurrogates(value);
                }
                break;
            case JsonArray items:
                foreach (var item in items) RefuseLoneSurrogates(item);
                break;
            // Parsed strings are checked when read from their JsonElement; CLR strings only here.
            case JsonValue value when !value.TryGetValue<JsonElement>(out _) && value.TryGetValue<string>(out var text):
                Encode(text);
                break;
        }
    }

    private static void Write(JsonElement element, StringBuilder output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                output.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first) output.Append(',');
                    first = false;
                    Write(item, output);
                }
                output.Append(']');
                break;
            case JsonValueKind.String:
                JcsString.Append(ReadString(element), output);
                break;
            case JsonValueKind.Number:
                output.Append(EcmaNumber.Format(element.GetRawText()));
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Null:
                output.Append("null");
                break;
            default:
                throw new JsonException($"Cannot canonicalize a JSON value of kind {element.ValueKind}.");
        }
    }

    private static void WriteObject(JsonElement element, StringBuilder output)
    {
        // Ordinal comparison of .NET strings is exactly RFC 8785's order: by UTF-16 code units.
        var properties = element.EnumerateObject()
            .Select(p => (Name: ReadName(p), p.Value))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        output.Append('{');
        for (var i = 0; i < properties.Count; i++)
        {
            if (i > 0)
            {
                if (properties[i].Name == properties[i - 1].Name)
                    // The key is not quoted: it may be personal data.
                    throw new JsonException("An object repeats a key; RFC 8785 requires unique keys.");
                output.Append(',');
            }
            JcsString.Append(properties[i].Name, output);
            output.Append(':');
            Write(properties[i].Value, output);
        }
        output.Append('}');
    }

    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("A string is not valid Unicode.", ex);
        }
    }

    private static string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("A key is not valid Unicode.", ex);
        }
    }
}
