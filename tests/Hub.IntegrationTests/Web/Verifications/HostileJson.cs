using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>
/// JSON bodies, written as text so they can hold what a serializer would never produce: generated trees,
/// numbers out of every range, nesting past any limit, broken syntax, and valid documents with one part changed.
/// </summary>
public static class HostileJson
{
    public static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("0", "-0", "1.0", "1e999", "-1e999", "1.5e-400", "123456789012345678901234567890", "9007199254740993",
            "2147483648", "-2147483649", "79228162514264337593543950336", "1E+2", "0.000000000000000000000000000001", "3.14")));

    private static readonly Gen<string> Leaf = Gen.Frequency(
        (4, HostileText.JsonString), (3, Number), (1, Gen.OneOf("true", "false", "null")));

    /// <summary>Member names: the request's own ones, so trees reach deeper than the first check, or any string.</summary>
    private static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOf("caseRef", "jurisdiction", "assistanceType", "residence", "members", "name", "idNumber", "relation",
            "consent", "reference", "signedOn", "validUntil", "signedBy", "sources", "callbackUrl", "report", "jws")
            .Select(k => $"\"{k}\"")),
        (1, HostileText.JsonString));

    public static readonly Gen<string> Tree = Gen.Recursive<string>((depth, tree) => depth >= 5
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (1, tree.Array[0, 4].Select(items => $"[{string.Join(",", items)}]")),
            (2, Gen.Select(Key, tree).Array[0, 6].Select(members => $"{{{string.Join(",", members.Select(m => $"{m.Item1}:{m.Item2}"))}}}"))));

    /// <summary>Nesting far past the parser's depth limit.</summary>
    public static readonly Gen<string> Deep = Gen.Select(Gen.Int[60, 3000], Gen.Bool).Select((depth, arrays) => arrays
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth));

    /// <summary>Text that is not JSON, or is JSON cut short.</summary>
    public static readonly Gen<string> Broken = Gen.OneOf(
        "", " ", "{", "}", "[", "{\"caseRef\":", "{\"caseRef\":\"x\"", "{\"a\":1,}", "[1,]", "NaN", "Infinity", "'x'", "01", "+1", ".5",
        "\"unterminated", "tru", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"a\u0001b\"}", "{\"a\":1}{\"b\":2}", "// c\n{}", "\uFEFF{}", "{\"a\" 1}");

    /// <summary>Raw bytes that are not UTF-8 (an unpaired surrogate encoded as if it were a character, an overlong slash, a stray byte).</summary>
    public static readonly Gen<byte[]> NotUtf8 = Gen.OneOf(
        new byte[] { 0xFF }, [0x22, 0xED, 0xA0, 0x80, 0x22], [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D],
        [0x7B, 0x22, 0xFE, 0x22, 0x3A, 0x31, 0x7D], [0x22, 0xC3, 0x22]);

    /// <summary>
    /// <paramref name="valid"/> with one change at one place: the value replaced by generated JSON, the member
    /// removed, written twice, or joined by an unknown member; with a line saying what changed.
    /// </summary>
    public static Gen<(string Text, string Change)> Mutated(string valid)
    {
        var document = JsonNode.Parse(valid)!;
        var paths = Paths(document, "$").ToArray();
        string[] changes = ["replace", "remove", "repeat", "add a member to"];
        return Gen.Select(Gen.Int[0, paths.Length - 1], Gen.Int[0, 3], Gen.Frequency((2, Tree), (3, HostileText.JsonString), (1, Number)))
            .Select((index, change, replacement) => (Write(document, "$", paths[index], change, replacement),
                $"{changes[change]} {paths[index]}{(change == 1 ? "" : $": {(replacement.Length > 300 ? replacement[..300] + "…" : replacement)}")}"));
    }

    /// <summary><paramref name="valid"/> with the text at one of <paramref name="paths"/> replaced by a generated string.</summary>
    public static Gen<(string Text, string Change)> WithText(string valid, params string[] paths)
    {
        var document = JsonNode.Parse(valid)!;
        return Gen.Select(Gen.OneOf(paths), HostileText.JsonString)
            .Select((path, text) => (Write(document, "$", path, 0, text), $"replace {path}: {text}"));
    }

    private static IEnumerable<string> Paths(JsonNode? node, string path)
    {
        yield return path;
        var children = node switch
        {
            JsonObject o => o.Select(m => (m.Value, $"{path}.{m.Key}")),
            JsonArray a => a.Select((item, i) => (item, $"{path}[{i}]")),
            _ => [],
        };
        foreach (var (child, childPath) in children)
            foreach (var p in Paths(child, childPath)) yield return p;
    }

    private static string Write(JsonNode? node, string path, string target, int change, string replacement)
    {
        if (path == target && change == 0) return replacement;
        switch (node)
        {
            case JsonObject o:
                var members = new List<string>();
                foreach (var (key, value) in o)
                {
                    var childPath = $"{path}.{key}";
                    var name = JsonSerializer.Serialize(key);
                    if (childPath == target && change == 1) continue;
                    members.Add($"{name}:{Write(value, childPath, target, change, replacement)}");
                    if (childPath == target && change == 2) members.Add($"{name}:{replacement}");
                }
                if (path == target && change == 3) members.Add($"\"unknownMember\":{replacement}");
                return $"{{{string.Join(",", members)}}}";
            case JsonArray a:
                var items = a.Select((item, i) => (Path: $"{path}[{i}]", Item: item))
                    .Where(x => !(x.Path == target && change == 1))
                    .SelectMany(x => x.Path == target && change == 2
                        ? [Write(x.Item, x.Path, target, change, replacement), replacement]
                        : new[] { Write(x.Item, x.Path, target, change, replacement) });
                var extra = path == target && change == 3 ? [replacement] : Array.Empty<string>();
                return $"[{string.Join(",", items.Concat(extra))}]";
            default:
                return node?.ToJsonString() ?? "null";
        }
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
