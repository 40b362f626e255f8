using Hub.Contracts.Api;

namespace Hub.Api.Verifications.Printable.Sections;

/// <summary>
/// The policy the household was judged against and the figures from it a caseworker acts on: the 低保 standard,
/// the recheck cycles, the 渐退 band and the 临时救助 amounts where the policy has them, and which values are samples.
/// </summary>
internal static class PolicySection
{
    private const string SampleMark = "（示例值）";

    public static void Write(PageWriter page, VerificationReport report)
    {
        var policy = report.Policy;
        page.Heading(2, "政策依据及参数");
        var fields = new List<(string, string)>
        {
            ("适用政策", $"{policy.Title}（{policy.Id}，版本 {policy.Version}）"),
            ("政策文件", policy.Source),
            ($"{HouseholdWords.Residences[policy.Residence]}低保标准",
                $"{Format.Money(policy.StandardMonthlyCny)} 元/月{Sample(policy, $"$.standards.{policy.Residence}Monthly")}"),
        };
        if (policy.IncomeMultiplier is { } multiplier) fields.Add(("收入标准（低保标准倍数）", $"{Format.Number(multiplier)} 倍"));
        if (policy.RecheckMonths is { } months)
            fields.Add(("复核周期", $"每 {Format.Count(months)} 个月核查一次{Sample(policy, "$.recheck.months")}"));
        if (policy.RecheckMonthsUnstableIncome is { } unstable)
            fields.Add(("收入来源不固定、家庭成员有劳动能力的家庭",
                $"每 {Format.Count(unstable)} 个月核查一次{Sample(policy, "$.recheck.unstableIncomeMonths")}"));
        if (policy.Graduation is { } band) fields.Add(("渐退期", Graduation(band)));
        page.Fields(fields);

        if (policy.TemporaryCaps.Count > 0)
            page.Heading(3, "临时救助金额（以城市低保月标准 " + Format.Money(policy.UrbanStandardMonthlyCny) + " 元计）")
                .Table([new("情形"), Column.Figure("低保月标准倍数"), Column.Figure("金额（元）")],
                    policy.TemporaryCaps.Select(c => (IReadOnlyList<string>)
                    [
                        c.Kind,
                        c.MinMultiple is { } min ? $"{Format.Number(min)}–{Format.Number(c.MaxMultiple)} 倍" : $"不超过 {Format.Number(c.MaxMultiple)} 倍",
                        c.MinAmountCny is { } low ? $"{Format.Money(low)}–{Format.Money(c.MaxAmountCny)}" : $"不超过 {Format.Money(c.MaxAmountCny)}",
                    ]));

        if (policy.SampleParameters.Count > 0)
            page.Heading(3, "示例值")
                .Paragraph("以下参数为系统预置的示例值，不是当地公布的标准，须由运营方按当地公布的标准设置：", "note")
                .Table([new("参数"), new("位置")],
                    policy.SampleParameters.Select(path => (IReadOnlyList<string>)[PolicyPathWords.Describe(path, policy, report.Findings), path]));
    }

    private static string Graduation(GraduationBand band)
    {
        var lower = $"家庭月人均收入超过 {Format.Money(band.LowerIncomeCny)} 元（低保标准×{Format.Number(band.LowerMultiple)}）";
        var range = band is { UpperIncomeCny: { } upper, UpperMultiple: { } multiple }
            ? $"{lower}、不超过 {Format.Money(upper)} 元（×{Format.Number(multiple)}）的"
            : $"{lower}的";
        var months = (band.MinMonths, band.MaxMonths) switch
        {
            ({ } min, { } max) when min != max => $"{Format.Count(min)}–{Format.Count(max)} 个月",
            ({ } min, _) => $"{Format.Count(min)} 个月",
            (_, { } max) => $"至多 {Format.Count(max)} 个月",
            _ => "政策未定月数的",
        };
        return $"{range}，给予{months}渐退期";
    }

    private static string Sample(PolicyApplied policy, string path) => policy.SampleParameters.Contains(path) ? SampleMark : "";
}
