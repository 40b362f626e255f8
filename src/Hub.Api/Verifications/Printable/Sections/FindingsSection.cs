using Hub.Contracts.Api;

namespace Hub.Api.Verifications.Printable.Sections;

/// <summary>Each rule of the policy: what it checks, the household's value and the standard, both with their unit.</summary>
internal static class FindingsSection
{
    public static void Write(PageWriter page, VerificationReport report) => page
        .Heading(2, "政策规则核对")
        .Table(
            [
                Column.Figure("序号"), Column.Word("规则"), new("核对内容"), Column.Figure("本户数值"), Column.Figure("标准"),
                Column.Word("结果"), new("依据数据"),
            ],
            report.Findings.Select((f, i) => (IReadOnlyList<string>)
            [
                Format.Count(i + 1), RuleWords.Names[f.Rule], f.Description, Value(f),
                f.Threshold is { } t ? $"{RuleWords.Comparisons[f.Comparison]} {WithUnit(f, t)}" : Format.Missing,
                StatusWords.Outcomes[f.Outcome], string.Join("、", f.Sources.Select(s => SourceWords.Names[s])),
            ]))
        .Paragraph("“核对内容”中标注“示例值”的标准为系统预置示例参数，须由运营方按当地公布的标准设置。", "note");

    /// <summary>The value against the standard in one phrase, e.g. "本户 2 套，标准 不高于 1 套".</summary>
    public static string Compared(ReportFinding finding) =>
        $"本户 {Value(finding)}，标准 " +
        (finding.Threshold is { } t ? $"{RuleWords.Comparisons[finding.Comparison]} {WithUnit(finding, t)}" : Format.Missing);

    private static string Value(ReportFinding finding) => finding.Value is { } v ? WithUnit(finding, v) : "数据缺失";

    private static string WithUnit(ReportFinding finding, decimal value) =>
        RuleWords.Units.TryGetValue(finding.Rule, out var unit) ? $"{Format.Number(value)} {unit}" : Format.Number(value);
}
