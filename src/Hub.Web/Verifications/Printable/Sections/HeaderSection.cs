using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>The title and what identifies the case, including whether it is a recheck of a current recipient.</summary>
internal static class HeaderSection
{
    public const string Title = "家庭经济状况核对报告";

    public static void Write(PageWriter page, VerificationReport report) => page
        .Heading(1, Title)
        .Fields(
        [
            ("核对编号", report.VerificationId.ToString()),
            ("业务编号", report.CaseRef),
            ("行政区划", HouseholdWords.Jurisdiction(report.Jurisdiction)),
            ("救助类别", HouseholdWords.AssistanceTypes[report.AssistanceType]),
            ("城乡类别", HouseholdWords.Residences[report.Residence]),
            ("申请情形", report.RecipientSince is { } since ? $"在保对象复核（自 {Format.Date(since)} 起享受救助）" : "新申请"),
            ("核对状态", StatusWords.Verifications[report.Status]),
            ("出具时间（北京时间）", Format.Time(report.IssuedAt)),
        ]);
}
