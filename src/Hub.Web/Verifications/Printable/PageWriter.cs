using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Hub.Web.Verifications.Printable;

/// <summary>
/// A column of a table. Text wraps; a word (a name, a date, a status) stays on one line; a figure also aligns right so
/// digits line up; a label (a rule's or an income line's name) wraps but keeps room for a few characters a line; lines keep
/// the line breaks of their text (a finding's description, reason and quote).
/// </summary>
internal sealed record Column(string Heading, string? CssClass = null)
{
    public static Column Word(string heading) => new(heading, "word");

    public static Column Label(string heading) => new(heading, "label");

    public static Column Lines(string heading) => new(heading, "lines");

    public static Column Figure(string heading) => new(heading, "figure");
}

/// <summary>
/// Writes the page's HTML. Every text it is given is HTML-encoded here, so no section writes markup by hand
/// and no value — a name, an address, a department's reason — can add any.
/// </summary>
internal sealed class PageWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder html = new();

    public PageWriter Heading(int level, string text) => Element($"h{level}", null, text);

    public PageWriter Paragraph(string text, string? cssClass = null) => Element("p", cssClass, text);

    /// <summary>A block the printer keeps on one page (a short section such as the signature lines).</summary>
    public PageWriter Block(string cssClass, Action<PageWriter> content)
    {
        html.Append("<div").Append(Class(cssClass)).Append('>');
        content(this);
        html.Append("</div>");
        return this;
    }

    /// <summary>Label–value pairs, one per row, the label as a row heading.</summary>
    public PageWriter Fields(IEnumerable<(string Label, string Value)> fields, string cssClass = "fields")
    {
        html.Append("<table").Append(Class(cssClass)).Append("><tbody>");
        foreach (var (label, value) in fields)
            html.Append("<tr><th scope=\"row\">").Append(Encoder.Encode(label)).Append("</th><td>").Append(Encoder.Encode(value)).Append("</td></tr>");
        html.Append("</tbody></table>");
        return this;
    }

    /// <summary>A table whose heading row the printer repeats on every page it spans.</summary>
    public PageWriter Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        html.Append("<table").Append(Class(cssClass)).Append("><thead><tr>");
        foreach (var column in columns)
            html.Append("<th scope=\"col\"").Append(Class(column.CssClass)).Append('>').Append(Encoder.Encode(column.Heading)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            if (row.Count != columns.Count) throw new ArgumentException($"A row has {row.Count} cells for {columns.Count} columns.", nameof(rows));
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                html.Append("<td").Append(Class(columns[i].CssClass)).Append('>').Append(Encoder.Encode(row[i])).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return this;
    }

    /// <summary>The document around the sections; <paramref name="style"/> is the page's only style sheet.</summary>
    public static string Document(string title, string style, Action<PageWriter> body)
    {
        var page = new PageWriter();
        page.html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encoder.Encode(title)).Append("</title><style>").Append(style).Append("</style></head><body>");
        body(page);
        return page.html.Append("</body></html>").ToString();
    }

    private PageWriter Element(string tag, string? cssClass, string text)
    {
        html.Append('<').Append(tag).Append(Class(cssClass)).Append('>').Append(Encoder.Encode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Class names are the page's own constants, never report values.</summary>
    private static string Class(string? cssClass) => cssClass is null ? "" : $" class=\"{cssClass}\"";
}
