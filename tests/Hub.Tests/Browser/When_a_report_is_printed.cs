using Hub.Api.Verifications;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Browser;

/// <summary>The caseworker prints the report for the case file: chromium, A4, every department's records, Chinese throughout.</summary>
public sealed class When_a_report_is_printed(PrintedReport printed) : IClassFixture<PrintedReport>
{
    /// <summary>A4 is 210 × 297 mm, in PDF points (1/72 inch).</summary>
    private const double A4Width = 210 / 25.4 * 72, A4Height = 297 / 25.4 * 72;

    [ChromiumFact]
    public void It_prints_on_as_many_a4_pages_as_its_content_fills()
    {
        var pages = PdfFile.PageCount(printed.Pdf);

        Assert.True(printed.PagesTheContentFills >= 2, $"The household fills {printed.PagesTheContentFills} page(s); the test needs a longer one.");
        // Rows kept whole, headings kept with their tables and the signature block kept together may push content on by a page.
        Assert.InRange(pages, printed.PagesTheContentFills, printed.PagesTheContentFills + 1);
        var sizes = PdfFile.PageSizes(printed.Pdf);
        Assert.Equal(pages, sizes.Count);
        Assert.All(sizes, size =>
        {
            Assert.InRange(size.Width, A4Width - 1, A4Width + 1);
            Assert.InRange(size.Height, A4Height - 1, A4Height + 1);
        });
    }

    [ChromiumFact]
    public void Every_department_record_is_on_the_page()
    {
        var records = printed.Report.Sources.Where(s => s.Records is not null).Select(s => s.Records!).ToList();
        var text = printed.Text;

        Assert.All(printed.Report.Members, m => Assert.Contains(m.Name, text));
        Assert.Equal(records.Sum(r => r.Income.Count), printed.IncomeRows);
        Assert.NotEmpty(records.SelectMany(r => r.Properties));
        Assert.All(records.SelectMany(r => r.Properties), p => { Assert.Contains(p.Address, text); Assert.Contains(p.CertificateNumber, text); });
        Assert.NotEmpty(records.SelectMany(r => r.Vehicles));
        Assert.All(records.SelectMany(r => r.Vehicles), v => Assert.Contains(v.PlateNumber, text));
        Assert.NotEmpty(records.SelectMany(r => r.BankAccounts));
        Assert.All(records.SelectMany(r => r.BankAccounts), a => Assert.Contains("****" + a.AccountNumberMasked[^4..], text));
        Assert.All(records.SelectMany(r => r.WealthProducts), p => Assert.Contains(p.ProductName, text));
        Assert.NotEmpty(records.SelectMany(r => r.LargeOutflows));
        Assert.All(records.SelectMany(r => r.LargeOutflows), o => Assert.Contains(o.Counterparty, text));
        Assert.NotEmpty(records.SelectMany(r => r.HousingFundAccounts));
        Assert.All(records.SelectMany(r => r.HousingFundAccounts), f => Assert.Contains(f.Employer, text));
        Assert.NotEmpty(records.SelectMany(r => r.EnterpriseRoles));
        Assert.All(records.SelectMany(r => r.EnterpriseRoles), e => Assert.Contains(e.CreditCode, text));
    }

    [ChromiumFact]
    public void Rules_and_metrics_read_in_chinese_with_their_standards_and_the_signature_lines()
    {
        var text = printed.Text;

        Assert.All(printed.Report.Findings, f => Assert.DoesNotContain(f.Rule, text));
        Assert.All(printed.Report.Metrics, m => Assert.DoesNotContain(m.Name, text));
        Assert.Contains("家庭月人均收入", text);
        Assert.Contains("不高于", text);
        Assert.Contains("元/月", text);
        Assert.Contains("示例值", text);
        Assert.Contains("复核周期", text);
        Assert.Contains("经办人", text);
        Assert.Contains("审核人", text);
    }

    [ChromiumFact]
    public void The_browser_applies_the_style_sheet_its_hash_allows()
    {
        Assert.Equal(ReportPage.ContentSecurityPolicy, printed.ContentSecurityPolicy);
        Assert.Equal("center", printed.HeadingAlignment);
        Assert.DoesNotContain(printed.ConsoleMessages, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
