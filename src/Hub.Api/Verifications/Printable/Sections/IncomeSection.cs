using Hub.Api.Verifications.Printable.Records;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.Metrics;

namespace Hub.Api.Verifications.Printable.Sections;

/// <summary>
/// How the monthly income per capita came about: the income lines counted, per member and category, the lines the
/// policy leaves out, and the figure compared with the standard.
/// </summary>
internal static class IncomeSection
{
    /// <summary>The id every pack gives its income rule.</summary>
    private const string Rule = "income";

    public static void Write(PageWriter page, VerificationReport report, MemberNames members)
    {
        var metric = report.Metrics.FirstOrDefault(m => m.Name == MetricNames.MonthlyIncomePerCapita);
        if (metric is null) return;
        var counted = Lines(report, metric, counted: true);
        var left = Lines(report, metric, counted: false);

        page.Heading(2, "收入核算");
        if (counted.Count > 0)
            page.Table([Column.Word("成员"), Column.Word("收入类别"), Column.Figure("记录条数"), Column.Figure("金额合计（元）")],
                counted.GroupBy(i => (i.MemberPosition, i.Category)).OrderBy(g => g.Key.MemberPosition).Select(g => (IReadOnlyList<string>)
                    [members[g.Key.MemberPosition], IncomeTable.Categories[g.Key.Category], Format.Count(g.Count()), Format.Money(g.Sum(i => i.AmountCny))]));

        var fields = new List<(string, string)>
        {
            ("计入收入合计", $"{Format.Money(counted.Sum(i => i.AmountCny))} 元（{Format.Count(counted.Count)} 条记录）"),
        };
        if (left.Count > 0)
            fields.Add(("不计入的收入", $"{Format.Money(left.Sum(i => i.AmountCny))} 元（{Format.Count(left.Count)} 条记录：" +
                $"{string.Join("、", left.Select(i => IncomeTable.Categories[i.Category]).Distinct())}，本政策不计入家庭收入）"));
        if (report.Metrics.FirstOrDefault(m => m.Name == MetricNames.HouseholdSize)?.Value is { } size)
            fields.Add(("家庭人口", $"{Format.Number(size)} 人"));
        fields.Add(("家庭月人均收入", metric.Value is { } value ? $"{Format.Money(value)} 元/月" : "数据缺失（部门未反馈）"));
        if (report.Findings.FirstOrDefault(f => f.Rule == Rule) is { } finding)
            fields.Add(("与标准比较", $"{FindingsSection.Compared(finding)}：{StatusWords.Outcomes[finding.Outcome]}"));
        page.Fields(fields);
    }

    /// <summary>The income lines the metric rests on, or the rest of those sources' income lines.</summary>
    private static List<IncomeRecord> Lines(VerificationReport report, ReportMetric metric, bool counted) =>
        report.Sources.Where(s => s.Records is not null).SelectMany(s =>
        {
            var basis = metric.Basis.Where(b => b.Source == s.Source && b.Collection == IncomeTable.Table.Collection).SelectMany(b => b.Records).ToHashSet();
            return s.Records!.Income.Where((_, i) => basis.Contains(i) == counted);
        }).ToList();
}
