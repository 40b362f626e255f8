namespace Hub.Contracts.Api;

/// <summary>The policy pack a report was judged against, with the figures from it the report relies on.</summary>
/// <param name="Source">The policy document the pack cites.</param>
/// <param name="StandardMonthlyCny">The 低保 standard for the household's residence (urban or rural), yuan per month.</param>
/// <param name="UrbanStandardMonthlyCny">The urban 低保 standard, the base of 临时救助 caps.</param>
/// <param name="IncomeMultiplier">The multiple of the standard the income rule compares with (1 for 低保 and 特困).</param>
/// <param name="BenefitLevel">What a granted person receives where the policy sets it as a multiple of the standard
/// (特困人员基本生活标准); null otherwise.</param>
/// <param name="RecheckMonths">How often a granted household is re-checked.</param>
/// <param name="RecheckMonthsUnstableIncome">The shorter cycle for irregular income with able-bodied members, where the policy sets one.</param>
/// <param name="SampleParameters">Pack fields whose values are shipped samples, not the operator's published figures, as
/// JSON paths into the pack; an item of a list is named by its key, e.g. <c>$.rules[?@.id=='vehicles'].limit</c>.</param>
public sealed record PolicyApplied(
    string Id,
    string Version,
    string Title,
    string Source,
    string Residence,
    decimal StandardMonthlyCny,
    decimal UrbanStandardMonthlyCny,
    decimal? IncomeMultiplier,
    BenefitLevel? BenefitLevel,
    int? RecheckMonths,
    int? RecheckMonthsUnstableIncome,
    GraduationBand? Graduation,
    IReadOnlyList<TemporaryAssistanceCap> TemporaryCaps,
    IReadOnlyList<string> SampleParameters);
