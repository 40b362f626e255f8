using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>How often this household is to be re-checked if granted, chosen from its records, and why.</summary>
internal static class RecheckSection
{
    public static void Write(PageWriter page, VerificationReport report)
    {
        if (report.Recheck is not { } recheck) return;
        page.Heading(2, "复核周期").Fields(
        [
            ("本户复核周期", $"每 {Format.Count(recheck.Months)} 个月核查一次" + (recheck.Sample ? Format.SampleMark : "")),
            ("确定理由", recheck.Reason),
            ("政策原文", recheck.Cite ?? "政策文件未规定复核周期"),
        ]);
    }
}
