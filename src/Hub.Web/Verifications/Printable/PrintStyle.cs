namespace Hub.Web.Verifications.Printable;

/// <summary>
/// The page's only style sheet, for A4 paper first: page numbers in the bottom margin box, table headings repeated
/// on every page a table spans, no row or signature block split across pages, and CJK fonts named with fallbacks
/// (Noto/Source Han on Linux, SimSun on Windows, Songti on macOS). Its SHA-256 goes into the page's
/// Content-Security-Policy, so it must stay the same for every report: nothing per report goes in here.
/// </summary>
internal static class PrintStyle
{
    public const string Css =
        "@page{size:A4;margin:16mm 15mm 18mm;" +
        "@top-center{content:\"家庭经济状况核对报告\";font-size:8pt;color:#555}" +
        "@bottom-center{content:\"第 \" counter(page) \" 页 / 共 \" counter(pages) \" 页\";font-size:9pt}}" +
        "html{font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",\"SimSun\",\"Songti SC\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",serif;" +
        "font-size:10.5pt;line-height:1.45;color:#000}" +
        "body{margin:0}" +
        "h1{font-size:18pt;text-align:center;margin:0 0 5mm}" +
        "h2{font-size:13pt;margin:6mm 0 2mm;padding-bottom:1mm;border-bottom:1.5pt solid #000}" +
        "h3{font-size:11.5pt;margin:4mm 0 1.5mm}h4{font-size:10.5pt;margin:3mm 0 1mm}" +
        "h2,h3,h4{break-after:avoid}" +
        "p{margin:1.5mm 0}" +
        "table{border-collapse:collapse;width:100%;margin:0 0 3mm}" +
        "thead{display:table-header-group}" +
        "tr,.keep{break-inside:avoid}" +
        "th,td{border:.5pt solid #444;padding:.8mm 1.5mm;text-align:left;vertical-align:top;font-size:9.5pt}" +
        "th{background:#e8e8e8;font-weight:bold;-webkit-print-color-adjust:exact;print-color-adjust:exact}" +
        "table.fields th{width:32%}" +
        "table.records th,table.records td{font-size:8.5pt}" +
        // Width 1% with no wrapping shrinks a column to its longest entry and leaves the rest of the line to the text columns.
        ".word,.figure{white-space:nowrap;width:1%}.figure{text-align:right;font-variant-numeric:tabular-nums}" +
        ".label{width:24mm}.lines{white-space:pre-line}" +
        "table.digests td,table.paths td+td{font-family:monospace;font-size:7.5pt;word-break:break-all}" +
        "table.opinion td{height:28mm}table.signatures td{height:14mm}" +
        ".conclusion{font-size:15pt;font-weight:bold}" +
        ".note{font-size:9pt;color:#333}" +
        "@media screen{body{max-width:190mm;margin:8mm auto;padding:0 6mm}}";
}
