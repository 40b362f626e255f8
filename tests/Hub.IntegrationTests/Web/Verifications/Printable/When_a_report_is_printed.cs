using System.Globalization;
using Hub.Web.Verifications;
using Hub.Web.Verifications.Printable;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Web.Verifications.Printable;

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
        Assert.NotEmpty(records.SelectMany(r => r.Pensions));
        Assert.All(records.SelectMany(r => r.Pensions), p => Assert.Contains(p.MonthlyAmountCny.ToString("#,##0.00", CultureInfo.InvariantCulture), text));
        Assert.NotEmpty(records.SelectMany(r => r.UnemploymentBenefits));
        Assert.All(records.SelectMany(r => r.UnemploymentBenefits), b => Assert.Contains($"{b.From:yyyy-MM-dd} 至 {b.Until:yyyy-MM-dd}", text));
        Assert.NotEmpty(records.SelectMany(r => r.InsuranceContributions));
        Assert.Contains("社会保险参保缴费", text);
        var undeclared = records.SelectMany(r => r.RegisteredPersons).Where(p => p.MemberPosition is null).ToList();
        Assert.NotEmpty(undeclared);
        Assert.All(undeclared, p => Assert.Contains($"{p.NameMasked}（{p.IdNumberMasked}，未申报）", text));
        Assert.NotEmpty(records.SelectMany(r => r.DisabilityCertificates));
        Assert.All(records.SelectMany(r => r.DisabilityCertificates), c => Assert.Contains("****" + c.CertificateNumberMasked[^4..], text));
        Assert.Contains(records.SelectMany(r => r.Properties), p => p.ShareBasis == PropertyShareBases.JointEqual);
        Assert.Contains("共同共有，按户内共有人均分", text);
    }

    /// <summary>The income computation the report made, line by line: the pensions, the wages, each deduction, the net per person.</summary>
    [ChromiumFact]
    public void The_income_computation_recheck_and_declarations_are_the_reports_own()
    {
        var report = printed.Report;
        var text = printed.Text;

        Assert.Contains(report.Income.Gross, l => l.Kind == "pension_urban_employee");
        Assert.All(report.Income.Gross, l => Assert.Contains(l.Label, text));
        Assert.Contains(report.Income.Deductions, d => d.Kind == "employment_cost");
        Assert.Contains(report.Income.Deductions, d => d.Kind == "medical_expenses");
        Assert.All(report.Income.Deductions, d => { Assert.Contains(d.Label, text); Assert.Contains(d.Basis, text); });
        Assert.Contains("扣减后月收入", text);
        Assert.Contains("本户复核周期", text);
        Assert.Contains(report.Recheck!.Reason, text);
        Assert.Contains("申请情形\t在保对象复核（自 2024-05-01 起享受救助）", text);
        var declaration = Assert.Single(report.Declarations);
        Assert.Contains($"{declaration.Declared}\t{StatusWords.Declarations[declaration.Check]}", text);
    }

    [ChromiumFact]
    public void Rules_and_metrics_read_in_chinese_with_their_standards_and_the_signature_lines()
    {
        var text = printed.Text;

        var reading = printed.ReadingText;
        Assert.All(printed.Report.Findings, f => Assert.DoesNotContain(f.Rule, reading));
        Assert.All(printed.Report.Metrics, m => Assert.DoesNotContain(m.Name, reading));
        // No code (needs_review, joint_equal, pension_urban_employee, …) where a caseworker reads.
        Assert.DoesNotMatch(@"[a-z]+_[a-z_]+", reading);
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
