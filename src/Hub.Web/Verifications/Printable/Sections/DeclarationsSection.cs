using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>
/// What the request declared about members (disability grade, serious illness), each against the departments' records,
/// and the members assessed as single-person households (单人户) because of it.
/// </summary>
internal static class DeclarationsSection
{
    public static void Write(PageWriter page, VerificationReport report, MemberNames members)
    {
        var separated = report.Income.SeparatedMembers;
        if (report.Declarations.Count == 0 && separated.Count == 0) return;
        page.Heading(2, "申报事项核对");
        if (report.Declarations.Count > 0)
            page.Table([Column.Word("成员"), Column.Word("申报事项"), new("核对结果"), new("记录情况"), new("依据数据")],
                report.Declarations.Select(d => (IReadOnlyList<string>)
                [
                    members[d.Position], d.Declared, StatusWords.Declarations[d.Check], d.Detail,
                    d.Sources.Count > 0 ? string.Join("、", d.Sources.Select(s => SourceWords.Names[s])) : Format.Missing,
                ]));
        if (separated.Count > 0)
            page.Heading(3, "按单人户核算的成员")
                .Table([Column.Word("成员"), new("理由"), new("申报核对结果")],
                    separated.Select(s => (IReadOnlyList<string>)[members[s.Position], s.Reason, StatusWords.Declarations[s.Check]]));
    }
}
