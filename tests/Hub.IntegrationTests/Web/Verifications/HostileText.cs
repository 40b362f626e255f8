using CsCheck;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>
/// Text a caller could send: ordinary Latin and Chinese, supplementary-plane CJK, and the awkward kinds —
/// control characters, lone surrogates (only expressible as JSON escapes), noncharacters, invisible and
/// direction characters, combining marks.
/// </summary>
public static class HostileText
{
    /// <summary>One character or escape as it appears inside a JSON string literal.</summary>
    public static readonly Gen<string> JsonStringUnit = Gen.Frequency(
        (10, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char['0', '9'].Select(c => c.ToString())),
        (4, Gen.OneOf("张", "李", "菏", "民", "低", "保", "〔", "〕", "号", "-", " ", "·", "é")),
        (2, Gen.OneOf("𠮷", "\U0002A6A5", "😀")),
        (2, Gen.Int[0, 0x1F].Select(c => $"\\u{c:x4}")),
        (1, Gen.Const("\\u0000")),
        (1, Gen.OneOf("\\n", "\\r", "\\t", "\\b", "\\f", "\\\"", "\\\\", "\\/", "\u007F")),
        (2, Gen.OneOf("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "\\uD83D")),
        (2, Gen.OneOf("\uFFFE", "\uFFFF", "\uFDD0", "\\ufffe", "\\uffff", "\U0001FFFE", "\U0010FFFF")),
        (2, Gen.OneOf("\u200B", "\uFEFF", "\u200E", "\u202E", "\u00AD", "\\u200b", "\\ufeff")),
        (1, Gen.OneOf("e\u0301", "\u0301", "\u1100\u1161")));

    /// <summary>A JSON string literal, quotes included; now and then a very long one.</summary>
    public static readonly Gen<string> JsonString = Gen.Frequency(
        (20, JsonStringUnit.Array[0, 12].Select(units => $"\"{string.Concat(units)}\"")),
        (1, Gen.Select(JsonStringUnit, Gen.Int[60, 5000]).Select((unit, count) => $"\"{string.Concat(Enumerable.Repeat(unit, count))}\"")));

    /// <summary>A header value HTTP can carry (no CR, LF or NUL): visible ASCII, spaces, tabs and any Unicode sent as UTF-8.</summary>
    public static readonly Gen<string> HeaderValue = Gen.Frequency(
        (6, Gen.Char['!', '~'].Array[1, 40].Select(c => new string(c))),
        (3, Gen.Frequency(
                (6, Gen.Char['!', '~'].Select(c => c.ToString())),
                (1, Gen.OneOf(" ", "\t")),
                (2, Gen.OneOf("张", "菏", "〔", "〕", "𠮷", "é", "\u200B", "\uFEFF", "\uFFFE", "\u202E", "\u00A0"))).Array[1, 30]
            .Select(string.Concat)),
        (1, Gen.Select(Gen.Char['!', '~'], Gen.Int[100, 4000]).Select((c, n) => new string(c, n))));

    /// <summary>Text percent-encoded for a path segment or query, plus raw escapes that are not proper UTF-8.</summary>
    public static readonly Gen<string> UrlPiece = Gen.Frequency(
        (6, Gen.Char['!', '~'].Array[0, 20].Select(c => Uri.EscapeDataString(new string(c)))),
        (3, Gen.OneOf("张三", "菏民低保〔2026〕123号", "𠮷", "\u200B", "a b").Select(Uri.EscapeDataString)),
        (3, Gen.OneOf("%00", "%0A", "%0D%0A", "%FF", "%C0%AE", "%ED%A0%80", "%EF%BF%BE", "%zz", "%", "%2F", "%5C", "..", "%2e%2e", "~", "+", ";x=1")));
}
