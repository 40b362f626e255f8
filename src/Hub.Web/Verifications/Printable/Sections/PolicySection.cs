using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>
/// The policy the household was judged against and the figures from it a caseworker acts on: the 低保 standard, the
/// 特困 benefit level (what is paid, not an income limit), the 渐退 band and the 临时救助 amounts with their 一事一议
/// clause where the policy has them, and which values are samples.
/// </summary>
internal static class PolicySection
{
    public static void Write(PageWriter page, VerificationReport report)
    {
        var policy = report.Policy;
        page.Heading(2, "政策依据及参数");
        var fields = new List<(string, string)>
        {
            ("适用政策", $"{policy.Title}（版本 {policy.Version}）"),
            ("政策文件", policy.Source),
            // 城市低保 and 农村低保 are the documents' names for the two standards.
            (policy.Residence == "urban" ? "城市低保标准" : "农村低保标准",
                $"{Format.Money(policy.StandardMonthlyCny)} 元/月{Sample(policy, $"$.standards.{policy.Residence}Monthly")}"),
        };
        if (policy.IncomeMultiplier is { } multiplier) fields.Add(("收入认定标准（低保标准倍数）", $"{Format.Number(multiplier)} 倍"));
        if (policy.BenefitLevel is { } level)
            fields.Add((level.Label, $"{(level.AtLeast ? "不低于 " : "")}{Format.Money(level.MonthlyCny)} 元/人·月（低保标准×{Format.Number(level.Multiplier)}）"
                + (level.Cite is null ? Format.SampleMark : "") + "；为救助供养标准，不作为收入认定标准"
                + (level.Cite is { } cite ? $"。政策原文：{cite}" : "")));
        if (policy.Graduation is { } band) fields.Add(("渐退期（政策规定）", Graduation(band)));
        page.Fields(fields);

        if (policy.TemporaryCaps.Count > 0) TemporaryCaps(page, policy);

        if (policy.SampleParameters.Count > 0)
            page.Heading(3, "示例值")
                .Paragraph("以下参数为系统预置的示例值，不是当地公布的标准，须由运营方按当地公布的标准设置：", "note")
                .Table([new("参数"), new("位置（政策包 JSON 路径）")],
                    policy.SampleParameters.Select(path => (IReadOnlyList<string>)[PolicyPathWords.Describe(path), path]), "paths");
    }

    private static void TemporaryCaps(PageWriter page, PolicyApplied policy)
    {
        page.Heading(3, "临时救助金额（以城市低保月标准 " + Format.Money(policy.UrbanStandardMonthlyCny) + " 元计）")
            .Table([new("情形"), Column.Figure("低保月标准倍数"), Column.Figure("金额（元）")],
                policy.TemporaryCaps.Select(c => (IReadOnlyList<string>)
                [
                    c.Kind,
                    c.MinMultiple is { } min ? $"{Format.Number(min)}–{Format.Number(c.MaxMultiple)} 倍" : $"不超过 {Format.Number(c.MaxMultiple)} 倍",
                    c.MinAmountCny is { } low ? $"{Format.Money(low)}–{Format.Money(c.MaxAmountCny)}" : $"不超过 {Format.Money(c.MaxAmountCny)}",
                ]));
        if (policy.TemporaryCaps.FirstOrDefault(c => c.CaseByCase) is { } caseByCase)
            page.Paragraph("上表金额为一般上限。情况特殊的，可按“一事一议”经审批超过上限，审批决定须记录在案。"
                + (caseByCase.CaseByCaseCite is { } cite ? $"政策原文：{cite}" : Format.SampleMark), "note");
    }

    private static string Graduation(GraduationBand band)
    {
        var lower = $"家庭月人均收入超过 {Format.Money(band.LowerIncomeCny)} 元（低保标准×{Format.Number(band.LowerMultiple)}）";
        var range = band is { UpperIncomeCny: { } upper, UpperMultiple: { } multiple }
            ? $"{lower}、不超过 {Format.Money(upper)} 元（×{Format.Number(multiple)}）的"
            : $"{lower}的";
        return $"{range}，给予{Format.Months(band.MinMonths, band.MaxMonths)}渐退期";
    }

    private static string Sample(PolicyApplied policy, string path) => policy.SampleParameters.Contains(path) ? Format.SampleMark : "";
}
