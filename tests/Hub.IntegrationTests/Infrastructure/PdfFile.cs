using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Just enough of a PDF to check what a browser printed: that it is one, how many pages, and their size.</summary>
public static partial class PdfFile
{
    /// <summary>The page objects (<c>/Type /Page</c>, not the <c>/Pages</c> tree nodes).</summary>
    public static int PageCount(byte[] pdf)
    {
        var text = Latin1(pdf);
        Assert.StartsWith("%PDF-", text);
        return PageObject().Matches(text).Count;
    }

    /// <summary>Each page's <c>/MediaBox</c> in points (1/72 inch).</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(byte[] pdf) =>
        MediaBox().Matches(Latin1(pdf)).Select(m => (Number(m, "x2") - Number(m, "x1"), Number(m, "y2") - Number(m, "y1"))).ToList();

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [GeneratedRegex(@"/Type\s*/Page\b")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*(?<x1>[-\d.]+)\s+(?<y1>[-\d.]+)\s+(?<x2>[-\d.]+)\s+(?<y2>[-\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
