using System.Globalization;
using System.Text;

namespace Hub.Core.Audit;

/// <summary>
/// Writes a flat object of strings, integers and nulls as RFC 8785 (JCS) canonical JSON. For this
/// shape JCS reduces to: members sorted by name in UTF-16 code units, no whitespace, integers in
/// plain decimal, and strings with only the escapes ECMAScript's JSON.stringify uses. No floats, so
/// none of JCS's number rules apply. The hub's general Jcs may replace this without changing bytes.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Object(params (string Name, object? Value)[] members)
    {
        var json = new StringBuilder("{");
        foreach (var (name, value) in members.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            if (json.Length > 1) json.Append(',');
            WriteString(json, name);
            json.Append(':');
            switch (value)
            {
                case null: json.Append("null"); break;
                case string text: WriteString(json, text); break;
                case long number: json.Append(number.ToString(CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"Member '{name}' is a {value.GetType().Name}; only strings, longs and nulls are canonical here.");
            }
        }
        return Encoding.UTF8.GetBytes(json.Append('}').ToString());
    }

    private static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    // Control characters and lone surrogates are escaped, as JSON.stringify does.
                    var pairedHigh = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    var pairedLow = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
                    if (c < 0x20 || (char.IsSurrogate(c) && !pairedHigh && !pairedLow))
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        json.Append(c);
                    break;
            }
        }
        json.Append('"');
    }
}
