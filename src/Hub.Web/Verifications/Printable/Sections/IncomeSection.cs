using Hub.Web.Verifications.Printable.Records;
using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>
/// The income the income rule compares, as the report computed it: whose income, gross income by kind (wages, pensions,
/// unemployment benefit, …) with the records each rests on, each deduction with how it was reached and the sentence that
/// allows it, the net, the net per person and the comparison with the standard.
/// </summary>
internal static class IncomeSection
{
    /// <summary>The id every pack gives its income rule.</summary>
    private const string Rule = "income";

    public static void Write(PageWriter page, VerificationReport report, MemberNames members)
    {
        var income = report.Income;
        var separated = income.SeparatedMembers.Count > 0;
        page.Heading(2, "收入核算").Paragraph(separated
            ? $"核算对象：{string.Join("、", income.AssessedMembers.Select(p => members[p]))}，按单人户各自核算（见“申报事项核对”）。"
            : $"核算对象：全体家庭成员 {Format.Count(income.AssessedMembers.Count)} 人。");
        if (income.Gross.Count > 0)
            page.Table([Column.Label("收入项目"), Column.Figure("月均金额（元）"), new("依据记录（见部门核对结果）")],
                income.Gross.Select(l => (IReadOnlyList<string>)[l.Label, Format.Money(l.MonthlyCny), RecordBasis.Describe(l.Basis)]));
        if (income.Deductions.Count > 0)
            page.Table([Column.Label("扣减项目"), Column.Figure("月扣减额（元）"), new("计算方法"), new("政策原文")],
                income.Deductions.Select(d => (IReadOnlyList<string>)
                    [d.Label, Format.Money(d.MonthlyCny), d.Basis + (d.Sample ? Format.SampleMark : ""), d.Cite ?? Format.Missing]));

        var fields = new List<(string, string)> { ("月收入合计", Yuan(income.GrossMonthlyCny)) };
        if (income.Deductions.Count > 0)
        {
            fields.Add(("扣减合计", Yuan(income.Deductions.Sum(d => d.MonthlyCny))));
            fields.Add(("扣减后月收入", Yuan(income.NetMonthlyCny)));
        }
        fields.Add((separated ? "单人户成员月收入（各自核算，取最高者）" : "家庭月人均收入", Yuan(income.NetMonthlyPerCapitaCny)));
        if (report.Findings.FirstOrDefault(f => f.Rule == Rule) is { } finding)
            fields.Add(("与标准比较", $"{FindingsSection.Compared(finding)}：{StatusWords.Outcomes[finding.Outcome]}"));
        page.Fields(fields);
    }

    private static string Yuan(decimal? monthly) => monthly is { } value ? $"{Format.Money(value)} 元/月" : "数据缺失（部门未反馈）";
}
