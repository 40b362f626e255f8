using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>The conclusion first, with the findings and departments it turned on and why, and who decides.</summary>
internal static class ConclusionSection
{
    public static void Write(PageWriter page, VerificationReport report)
    {
        page.Heading(2, "核对结论").Paragraph(StatusWords.Conclusions[report.Conclusion], "conclusion");
        foreach (var finding in report.Findings.Where(f => f.Outcome != FindingOutcomes.Pass))
            page.Paragraph($"{StatusWords.Outcomes[finding.Outcome]}：{RuleWords.Names[finding.Rule]}（{FindingsSection.Compared(finding)}）"
                + (finding.Reason is { } reason ? $"。{reason}" : ""));
        foreach (var source in report.Sources.Where(s => s.Records is null))
            page.Paragraph($"未反馈：{SourceWords.Names[source.Source]}，相关规则未能核对，须人工核实。");
        page.Paragraph("本报告供民政部门审核参考，是否给予救助由民政部门依法作出决定。", "note");
    }
}
