using Hub.Web.Verifications.Printable.Records;
using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>What each department answered, record by record; a department that did not answer says why.</summary>
internal static class SourcesSection
{
    public static void Write(PageWriter page, VerificationReport report, MemberNames members)
    {
        page.Heading(2, "部门核对结果")
            .Table([new("核对事项"), Column.Word("状态"), Column.Word("反馈时间（北京时间）"), Column.Figure("记录条数")],
                report.Sources.Select(s => (IReadOnlyList<string>)
                [
                    SourceWords.Names[s.Source], StatusWords.Sources[s.Status],
                    s.AnsweredAt is { } at ? Format.Time(at) : Format.Missing,
                    s.Records is { } r ? Format.Count(RecordTables.Count(r)) : Format.Missing,
                ]));

        var use = new HouseholdMetricUse(report.Metrics);
        foreach (var source in report.Sources)
        {
            page.Heading(3, SourceWords.Names[source.Source]);
            if (source.Records is not { } records)
                page.Paragraph(source.ReasonCode is { } code
                    ? $"未反馈：{StatusWords.Reasons[code]}（{code}：{source.Reason}）"
                    : $"未反馈：{source.Reason ?? "原因不明"}");
            else if (RecordTables.Count(records) == 0)
                page.Paragraph("未查询到家庭成员的相关记录。");
            else
                RecordTables.Write(page, source.Source, records, members, use);
        }
    }
}
