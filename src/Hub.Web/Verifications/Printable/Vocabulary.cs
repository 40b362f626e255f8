using System.Text;

namespace Hub.Web.Verifications.Printable;

/// <summary>
/// The Chinese words for one vocabulary of codes. A code the table does not know yet — a new metric, rule or
/// department — still reads as words (<c>pensionIncome</c> → "pension income") instead of failing the page.
/// </summary>
internal sealed class Vocabulary(IReadOnlyDictionary<string, string> words)
{
    public string this[string code] => words.TryGetValue(code, out var word) ? word : Readable(code);

    private static string Readable(string code)
    {
        var text = new StringBuilder(code.Length + 8);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '_' or '-') text.Append(' ');
            else if (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(code[i - 1])) text.Append(' ').Append(char.ToLowerInvariant(c));
            else text.Append(c);
        }
        return text.ToString();
    }
}
