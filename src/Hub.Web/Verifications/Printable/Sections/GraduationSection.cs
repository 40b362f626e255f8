using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>The 渐退期 granted to a working recipient whose income has risen into the band: how long, why, on which sentence.</summary>
internal static class GraduationSection
{
    public static void Write(PageWriter page, VerificationReport report)
    {
        if (report.Graduation is not { } graduation) return;
        page.Heading(2, "渐退期").Fields(
        [
            ("渐退期", Format.Months(graduation.MinMonths, graduation.MaxMonths) + (graduation.MonthsSample ? Format.SampleMark : "")),
            ("理由", graduation.Reason),
            ("政策原文", graduation.Cite ?? Format.Missing),
        ]);
    }
}
