using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>
/// Each finding: what it checks, why it came out as it did, the departments it rests on and the policy sentence it
/// applies, quoted; the household's value and the standard, both with their unit.
/// </summary>
internal static class FindingsSection
{
    public static void Write(PageWriter page, VerificationReport report) => page
        .Heading(2, "政策规则核对")
        .Table(
            [
                Column.Figure("序号"), Column.Label("规则"), Column.Lines("核对内容、说明及依据"), Column.Figure("本户数值"), Column.Figure("标准"),
                Column.Word("结果"),
            ],
            report.Findings.Select((f, i) => (IReadOnlyList<string>)
            [
                Format.Count(i + 1), RuleWords.Names[f.Rule], Detail(f), Value(f),
                f.Threshold is { } t ? $"{RuleWords.Comparisons[f.Comparison ?? ""]} {WithUnit(f, t)}" : Format.Missing,
                StatusWords.Outcomes[f.Outcome],
            ]))
        .Paragraph("标注“示例值”的标准为系统预置示例参数，须由运营方按当地公布的标准设置；“政策原文”为所适用的政策文件原句。", "note");

    /// <summary>The value against the standard in one phrase, e.g. "本户 2 套，标准 不高于 1 套"; the value alone for a finding that compares nothing.</summary>
    public static string Compared(ReportFinding finding) =>
        finding.Threshold is { } t
            ? $"本户 {Value(finding)}，标准 {RuleWords.Comparisons[finding.Comparison ?? ""]} {WithUnit(finding, t)}"
            : $"本户 {Value(finding)}";

    private static string Detail(ReportFinding finding) => string.Join("\n", new[]
    {
        finding.Description,
        finding.Reason is { } reason ? $"说明：{reason}" : null,
        finding.Sources.Count > 0 ? $"依据数据：{string.Join("、", finding.Sources.Select(s => SourceWords.Names[s]))}" : null,
        finding.Cite is { } cite ? $"政策原文：{cite}" : null,
    }.OfType<string>());

    /// <summary>A value is missing because a source did not answer, or absent because there was nothing to weigh (no contributions).</summary>
    private static string Value(ReportFinding finding) =>
        finding.Value is { } v ? WithUnit(finding, v) : finding.Outcome == FindingOutcomes.NotEvaluated ? "数据缺失" : Format.Missing;

    private static string WithUnit(ReportFinding finding, decimal value) =>
        finding.Unit is { } unit ? $"{Format.Number(value)} {HouseholdMetricWords.Units[unit]}" : Format.Number(value);
}
