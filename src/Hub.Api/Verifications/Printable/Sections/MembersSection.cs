using Hub.Contracts.Api;

namespace Hub.Api.Verifications.Printable.Sections;

/// <summary>The household as submitted; ID numbers only masked, as everywhere in the report.</summary>
internal static class MembersSection
{
    public static void Write(PageWriter page, VerificationReport report) => page
        .Heading(2, $"家庭成员（{Format.Count(report.Members.Count)} 人）")
        .Table([Column.Figure("序号"), Column.Word("姓名"), Column.Word("公民身份号码（脱敏）"), new("与申请人关系")],
            report.Members.Select(m => (IReadOnlyList<string>)
                [Format.Count(m.Position + 1), m.Name, m.MaskedIdNumber, HouseholdWords.Relations[m.Relation]]));
}
