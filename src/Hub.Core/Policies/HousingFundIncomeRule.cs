using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>
/// An active housing-fund account's contributions imply a wage (contribution ÷ the combined rate). A member whose taxed
/// earnings fall far below it has income the tax records do not show: the finding asks for review and cites both sources.
/// </summary>
internal static class HousingFundIncomeRule
{
    private static readonly IReadOnlyList<string> Sources = [HouseholdMetricSources.HousingFund, HouseholdMetricSources.Tax];

    public static ReportFinding Judge(PolicyRule rule, HouseholdCase household, int incomeMonths)
    {
        var rate = rule.ContributionRate!;
        var share = rule.MinShare!;
        var description = $"税务记录的劳动收入不低于住房公积金缴存额推算工资（月缴存额÷缴存比例{Percent(rate.Value)}）的{Percent(share.Value)}"
            + (rate.Sample || share.Sample ? SampleMark : "");
        ReportFinding Finding(string outcome, decimal? value, decimal? threshold, string? reason) =>
            new(rule.Id, description, value, threshold, ">=", outcome, Sources, "CNY/month", rule.Cite, reason);

        if (household.Records.GetValueOrDefault(HouseholdMetricSources.HousingFund) is not { } fund
            || household.Records.GetValueOrDefault(HouseholdMetricSources.Tax) is not { } tax)
            return Finding(FindingOutcomes.NotEvaluated, null, null, null);

        var contributors = fund.HousingFundAccounts
            .Where(a => a.AccountStatus == HousingFundStatuses.Active && a.MonthlyContributionCny > 0)
            .GroupBy(a => a.MemberPosition)
            .Select(g => (Position: g.Key, Contribution: g.Sum(a => a.MonthlyContributionCny))).OrderBy(c => c.Position).ToList();
        if (contributors.Count == 0) return Finding(FindingOutcomes.Pass, null, null, "无正常缴存的住房公积金账户");

        var lines = contributors.Select(c => (c.Position, c.Contribution, Implied: Money(c.Contribution / rate.Value),
            Recorded: Money(tax.Income.Where(i => i.MemberPosition == c.Position && IncomeKinds.Earnings.Contains(i.Category))
                .Sum(i => i.AmountCny) / incomeMonths))).ToList();
        var recorded = lines.Sum(l => l.Recorded);
        var threshold = Money(lines.Sum(l => l.Implied) * share.Value);
        var reason = string.Join("；", lines.Select(l =>
            $"{Member(l.Position)}：住房公积金月缴存{Number(l.Contribution)}元，推算月工资约{Number(l.Implied)}元；税务记录月均劳动收入{Number(l.Recorded)}元"));
        return recorded < threshold
            ? Finding(FindingOutcomes.NeedsReview, recorded, threshold, reason + "：收入与缴存不一致，须核实未申报的工资收入")
            : Finding(FindingOutcomes.Pass, recorded, threshold, reason);
    }
}
