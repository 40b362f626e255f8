using Hub.Contracts.Api;
using Hub.Core.Policies;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>The household as submitted, with each member's age and what the request declared; ID numbers only masked, as everywhere in the report.</summary>
internal static class MembersSection
{
    public static void Write(PageWriter page, VerificationReport report) => page
        .Heading(2, $"家庭成员（{Format.Count(report.Members.Count)} 人）")
        .Table(
            [
                Column.Figure("序号"), Column.Word("姓名"), Column.Word("公民身份号码（脱敏）"), new("与申请人关系"), Column.Figure("年龄"),
                new("申报情况"),
            ],
            report.Members.Select(m => (IReadOnlyList<string>)
                [Format.Count(m.Position + 1), m.Name, m.MaskedIdNumber, HouseholdWords.Relations[m.Relation], $"{Format.Count(m.Age)} 周岁", Declared(m)]));

    private static string Declared(ReportMember member)
    {
        var declared = new List<string>();
        if (member.DisabilityGrade is { } grade) declared.Add($"残疾{MemberConditions.Grade(grade)}");
        if (member.SeriousIllness) declared.Add(MemberConditions.Illness);
        if (member.Employment is { } employment) declared.Add(HouseholdWords.Employments[employment]);
        return declared.Count > 0 ? string.Join("；", declared) : Format.Missing;
    }
}
