using Hub.Api.Verifications;
using Hub.Contracts.Api;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Tests.Reports;

/// <summary>The printable page from report documents the pipeline rarely produces: hostile text, unavailable departments, names it does not know yet.</summary>
public sealed class When_a_report_page_is_rendered
{
    [Fact]
    public void Text_that_looks_like_markup_is_printed_as_text()
    {
        var report = Report() with { Members = [new ReportMember(0, "<script>alert(1)</script>", "371702********101X", "applicant")] };
        report = WithRecords(report, "real_estate", new CanonicalRecords
        {
            Properties = [new PropertyRecord(0, "鲁(2020)第1号", "\"><img src=x onerror=alert(1)>", PropertyUses.Residential, 60, 1, new DateOnly(2020, 1, 2))],
        });

        var page = ReportPage.Render(report);

        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("<img", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", page);
    }

    [Fact]
    public void An_unavailable_department_says_why_in_chinese_and_whose_fault_it_was()
    {
        var report = Report() with
        {
            Sources =
            [
                new ReportSource("tax", "unavailable", null, null, null, ReasonCodes.DepartmentTimeout, "no answer within 10 s"),
                new ReportSource("bank", "unavailable", null, null, null, ReasonCodes.HubError, "the bank adapter failed (NullReferenceException)"),
            ],
        };

        var page = ReportPage.Render(report);

        Assert.Contains("未反馈：部门未在时限内答复（department_timeout：no answer within 10 s）", page);
        Assert.Contains("未反馈：核对平台自身故障（非部门原因）", page);
        Assert.Contains("未反馈：纳税记录，相关规则未能核对", page);
    }

    [Fact]
    public void A_metric_rule_or_department_the_page_does_not_know_yet_reads_as_words()
    {
        var report = Report() with
        {
            Metrics = [new ReportMetric("monthlyPensionIncome", 1800m, "CNY/month", ["social_security"], [])],
            Findings = [new ReportFinding("pension_within_limit", "养老金不高于标准", 1800m, 2000m, "<", FindingOutcomes.Pass, ["social_security"])],
        };

        var page = ReportPage.Render(report);

        Assert.Contains("monthly pension income", page);
        Assert.Contains("pension within limit", page);
        Assert.Contains("social security", page);
        Assert.Contains("低于 2,000", page);
    }

    [Fact]
    public void Income_the_policy_does_not_count_is_shown_apart_from_the_income_it_counts()
    {
        var report = WithRecords(Report(), "tax", new CanonicalRecords
        {
            Income =
            [
                new IncomeRecord(0, IncomeCategories.Wages, "2026-10", 1200m, "某公司"),
                new IncomeRecord(0, IncomeCategories.PropertyTransfer, "2026-10", 50000m, "某买受人"),
            ],
        }) with
        {
            Metrics = [new ReportMetric("monthlyIncomePerCapita", 100m, "CNY/month", ["tax"], [new RecordReference("tax", "income", [0])])],
        };

        var page = ReportPage.Render(report);

        Assert.Contains("1,200.00 元（1 条记录）", page);
        Assert.Contains("50,000.00 元（1 条记录：财产转让所得，本政策不计入家庭收入）", page);
        Assert.Contains("<td>不计入</td>", page);
        Assert.Contains("纳税记录·月度收入 第1条", page);
    }

    [Fact]
    public void The_graduation_band_and_the_temporary_assistance_amounts_are_spelled_out_in_yuan()
    {
        var report = Report() with
        {
            Policy = Report().Policy with
            {
                Graduation = new GraduationBand(1m, 1.5m, 960m, 1440m, 3, 6),
                TemporaryCaps = [new TemporaryAssistanceCap("因病致困", 3m, 12m, 2880m, 11520m)],
            },
        };

        var page = ReportPage.Render(report);

        Assert.Contains("家庭月人均收入超过 960.00 元（低保标准×1）、不超过 1,440.00 元（×1.5）的，给予3–6 个月渐退期", page);
        Assert.Contains("<td>因病致困</td><td class=\"figure\">3–12 倍</td><td class=\"figure\">2,880.00–11,520.00</td>", page);
    }

    private static VerificationReport Report() => new(
        Guid.Parse("0b4f6a52-8d61-4c4e-9b43-2f6f1f1d7a10"), "HZ-2026-000123", "371700", "minimum_living", "urban", "completed",
        [new ReportMember(0, "张三", "371702********101X", "applicant")],
        [],
        [],
        [],
        Conclusions.MeetsCriteria,
        new PolicyApplied("371700/minimum_living", "2026.1", "菏泽市最低生活保障", "菏政字〔2020〕8号", "urban", 960m, 960m, 1m, 12, 6, null, [], []),
        null,
        new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero),
        "kid-1");

    private static VerificationReport WithRecords(VerificationReport report, string source, CanonicalRecords records) =>
        report with { Sources = [.. report.Sources, new ReportSource(source, "answered", report.IssuedAt, new string('a', 64), records, null, null)] };
}
