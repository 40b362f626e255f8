using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CsCheck;

namespace Hub.UnitTests.Core.Signing;

/// <summary>Generators of text a verifier should take calmly: odd characters, odd JSON, and small damage to good input.</summary>
public static class OddInput
{
    /// <summary>Mostly printable ASCII and JSON syntax, with controls, lone surrogates, noncharacters, BOM and CJK mixed in.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Char[' ', '~']),
        (3, Gen.Char["{}[]\":,.\\-_ \t\r\neE+0123456789"]),
        (1, Gen.Char['\0', '\u001f']),
        (1, Gen.Char['\ud800', '\udfff']),
        (1, Gen.Char["\uFEFF\uFFFE\uFFFF\u200B\u2028\u0085张伟菏民〔〕"]),
        (1, Gen.Char['\u0080', '\uffff']));

    public static readonly Gen<string> Text = Char.Array[0, 40].Select(chars => new string(chars));

    /// <summary>A JSON string literal of odd text; surrogates and controls are escaped, so lone surrogates appear as <c>\ud800</c>.</summary>
    public static readonly Gen<string> JsonString = Text.Select(Quote);

    public static readonly Gen<string> JsonNumber = Gen.Frequency(
        (3, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e999")),
        (2, Gen.OneOf("1e400", "-1e400", "1e-400", "-0", "1.0", "1e0", "10E-1", "123456789012345678901234567890", "0.1")),
        // Not JSON numbers at all.
        (1, Gen.OneOf("NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10", "1e")));

    public static readonly Gen<string> JsonScalar = Gen.Frequency(
        (3, JsonString), (3, JsonNumber), (1, Gen.OneOf("true", "false", "null")));

    /// <summary>JSON trees a few levels deep, with repeated keys now and then.</summary>
    public static readonly Gen<string> Json = Gen.Recursive<string>((depth, tree) => depth >= 4
        ? JsonScalar
        : Gen.Frequency(
            (3, JsonScalar),
            (1, tree.Array[0, 4].Select(items => $"[{string.Join(',', items)}]")),
            (2, Gen.Select(Gen.Frequency((4, JsonString), (1, Gen.OneOf("\"report\"", "\"jws\"", "\"a\""))), tree).Array[0, 4]
                .Select(members => $"{{{string.Join(',', members.Select(m => $"{m.Item1}:{m.Item2}"))}}}"))));

    /// <summary>Arrays or objects nested past any sensible depth.</summary>
    public static readonly Gen<string> DeepJson = Gen.Select(Gen.Int[30, 400], Gen.Bool).Select((n, objects) => objects
        ? string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n)
        : new string('[', n) + new string(']', n));

    /// <summary>Three dot-separated parts of base64url-looking text, sometimes with characters that are not base64url.</summary>
    public static readonly Gen<string> CompactShaped = Gen.Frequency(
            (4, Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"]),
            (1, Char))
        .Array[0, 30].Select(chars => new string(chars)).Array[3].Select(parts => string.Join('.', parts));

    /// <summary>A compact JWS whose header is replaced by odd JSON or by bytes that need not be UTF-8, keeping payload and signature.</summary>
    public static Gen<string> WithOtherHeader(string jws) => Gen.Frequency((3, Json.Select(Encoding.UTF8.GetBytes)), (1, Gen.Byte.Array[0, 40]))
        .Select(header => Base64Url.EncodeToString(header) + jws[jws.IndexOf('.')..]);

    /// <summary>The JWS with its signature bytes damaged: a bit flipped, cut short, or grown.</summary>
    public static Gen<string> WithDamagedSignature(string jws) => Gen.Select(Gen.Int[0, 511], Gen.Int[0, 2]).Select((bit, how) =>
    {
        var at = jws.LastIndexOf('.') + 1;
        var signature = Base64Url.DecodeFromChars(jws.AsSpan(at));
        byte[] damaged = how switch
        {
            0 => Flip(signature, bit),
            1 => signature[..(bit % 64)],
            _ => [.. signature, (byte)bit],
        };
        return jws[..at] + Base64Url.EncodeToString(damaged);
    });

    /// <summary>The text with one small change: a character replaced, inserted or removed, a cut, or a swapped pair.</summary>
    public static Gen<string> Mutated(string original) => Gen.Select(Gen.Int[0, original.Length - 1], Char, Gen.Int[0, 4]).Select((at, c, how) => how switch
    {
        0 => string.Concat(original.AsSpan(0, at), c.ToString(), original.AsSpan(at + 1)),
        1 => original.Insert(at, c.ToString()),
        2 => original.Remove(at, 1),
        3 => original[..at],
        _ => at + 1 < original.Length ? string.Concat(original.AsSpan(0, at), original.AsSpan(at + 1, 1), original.AsSpan(at, 1), original.AsSpan(at + 2)) : original,
    });

    private static byte[] Flip(byte[] bytes, int bit)
    {
        var flipped = (byte[])bytes.Clone();
        flipped[bit / 8 % flipped.Length] ^= (byte)(1 << (bit % 8));
        return flipped;
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c)) quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
