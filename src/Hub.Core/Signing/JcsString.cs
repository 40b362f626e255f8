using System.Text;

namespace Hub.Core.Signing;

/// <summary>RFC 8785 §3.2.2.2 string form: only the quote, backslash and control characters are escaped.</summary>
internal static class JcsString
{
    public static void Append(string value, StringBuilder output)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case < ' ': output.Append("\\u").Append(((int)c).ToString("x4")); break;
                default: output.Append(c); break;
            }
        }
        output.Append('"');
    }
}
