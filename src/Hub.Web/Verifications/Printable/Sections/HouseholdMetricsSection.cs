using Hub.Web.Verifications.Printable.Records;
using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>The household metrics, each with the department records it was computed from.</summary>
internal static class HouseholdMetricsSection
{
    public static void Write(PageWriter page, VerificationReport report) => page
        .Heading(2, "家庭经济指标")
        .Table([new("指标"), Column.Figure("数值"), Column.Word("单位"), new("依据记录（见部门核对结果）")],
            report.Metrics.Select(m => (IReadOnlyList<string>)
            [
                HouseholdMetricWords.Names[m.Name], m.Value is { } v ? Format.Number(v) : "数据缺失", HouseholdMetricWords.Units[m.Unit], Basis(m),
            ]));

    private static string Basis(ReportMetric metric) =>
        metric.Sources.Count == 0 ? "申报的家庭成员"
        : metric.Value is null ? "部门未反馈"
        : metric.Basis.Count == 0 ? "无相关记录"
        : RecordBasis.Describe(metric.Basis);
}
