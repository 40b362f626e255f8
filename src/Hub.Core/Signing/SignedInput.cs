using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Hub.Core.Signing;

/// <summary>
/// What a caller hands in to be checked, read strictly: UTF-8 text (a leading byte order mark is ignored) holding
/// the report envelope as a JSON object, a bare compact JWS, or a compact JWS as a JSON string. JSON must be I-JSON
/// (RFC 7493): unique keys, no lone surrogates, numbers a double can hold. Input that fails here is unreadable,
/// not merely invalid. The problems never quote the input: it holds personal data.
/// </summary>
public sealed partial class SignedInput
{
    public const int MaxBytes = 8 * 1024 * 1024;
    private const string LoneSurrogate = "The input is not I-JSON (RFC 7493): a string or key holds an escaped lone surrogate.";
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private SignedInput(JsonElement? envelope, string? compact)
    {
        Envelope = envelope;
        Compact = compact;
    }

    /// <summary>A JSON object; whether it has the envelope's shape is part of the check.</summary>
    public JsonElement? Envelope { get; }
    public string? Compact { get; }

    public static bool TryRead(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out SignedInput? input, [NotNullWhen(false)] out string? problem)
    {
        input = null;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (!Utf8.IsValid(bytes))
        {
            problem = "The input is not UTF-8 text.";
            return false;
        }
        bytes = bytes.Trim(" \t\r\n"u8);
        if (bytes.IsEmpty)
        {
            problem = "The input is empty; send the report envelope or a compact JWS.";
            return false;
        }
        return bytes[0] is (byte)'{' or (byte)'"'
            ? TryReadJson(bytes, out input, out problem)
            : TryReadCompact(Encoding.UTF8.GetString(bytes), out input, out problem);
    }

    private static bool TryReadJson(ReadOnlySpan<byte> bytes, out SignedInput? input, out string? problem)
    {
        input = null;
        try
        {
            using var json = JsonDocument.Parse(bytes.ToArray(), Strict);
            var root = json.RootElement;
            problem = IJsonFlaw(root);
            if (problem is not null) return false;
            if (root.ValueKind == JsonValueKind.String) return TryReadCompact(root.GetString()!, out input, out problem);
            input = new SignedInput(root.Clone(), null);
            return true;
        }
        catch (JsonException ex)
        {
            // Only duplicate keys fail without a position.
            problem = ex.LineNumber is { } line
                ? $"The input is not valid JSON (line {line + 1}, byte {ex.BytePositionInLine})."
                : "The input is not I-JSON (RFC 7493): an object repeats a key.";
            return false;
        }
        catch (InvalidOperationException)
        {
            // Comparing keys for duplicates decodes them: an escaped lone surrogate in a key fails there.
            problem = LoneSurrogate;
            return false;
        }
    }

    /// <summary>
    /// The first way in which <paramref name="element"/> breaks I-JSON beyond what the parser checks, or null.
    /// The parser leaves escapes undecoded; decoding every key and string is what finds a lone surrogate.
    /// </summary>
    private static string? IJsonFlaw(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (IJsonFlaw(property.Value) is { } flaw) return flaw;
                    }
                    return null;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                        if (IJsonFlaw(item) is { } flaw) return flaw;
                    return null;
                case JsonValueKind.String:
                    _ = element.GetString();
                    return null;
                case JsonValueKind.Number:
                    return element.TryGetDouble(out var value) && double.IsFinite(value)
                        ? null
                        : "The input is not I-JSON (RFC 7493): a number is beyond what a double holds.";
                default:
                    return null;
            }
        }
        catch (InvalidOperationException)
        {
            return LoneSurrogate;
        }
    }

    private static bool TryReadCompact(string text, out SignedInput? input, out string? problem)
    {
        if (CompactShape().IsMatch(text))
        {
            input = new SignedInput(null, text);
            problem = null;
            return true;
        }
        input = null;
        problem = "The input is neither a JSON report envelope nor a compact JWS.";
        return false;
    }

    // The signature may be empty so that an unsigned ("alg":"none") JWS gets its own answer.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\z")]
    private static partial Regex CompactShape();
}
