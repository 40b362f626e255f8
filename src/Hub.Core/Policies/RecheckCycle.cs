using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>
/// Chooses this household's recheck cycle from its records (鲁山 二（二）6, 四川 二（五）20): half-yearly when its income is
/// unstable and a member can work, otherwise yearly. Income is unstable when a member able to work earns in some months
/// and not in others, earns by the job (劳务报酬, 经营所得), declares flexible or self-employment, or draws unemployment
/// benefit, which ends.
/// </summary>
internal static class RecheckCycle
{
    public static RecheckDecision? Decide(PolicyPack pack, HouseholdCase household, MemberConditions conditions, IncomeSheet income)
    {
        if (pack.Recheck is not { } recheck) return null;
        var able = household.Members.Where(conditions.AbleToWork).ToList();
        var unstable = able.SelectMany(m => Instability(m, household, income)).ToList();

        if (recheck.UnstableIncomeMonths is { } shorter && able.Count > 0 && unstable.Count > 0)
            return new RecheckDecision((int)shorter.Value,
                $"收入来源不固定（{string.Join("；", unstable)}），且{Members(able.Select(m => m.Position))}有劳动能力", shorter.Cite, shorter.Sample);

        var reason = able.Count == 0
            ? "家庭成员均无劳动能力（未成年、老年、重度残疾或重病）"
            : unstable.Count == 0
                ? $"{Members(able.Select(m => m.Position))}有劳动能力，收入记录稳定"
                : $"收入来源不固定（{string.Join("；", unstable)}），本政策未规定更短的核查周期";
        if (household.Records.GetValueOrDefault(HouseholdMetricSources.Tax) is null && able.Count > 0)
            reason += "；税务来源未答复，收入稳定性仅依申报判断";
        return new RecheckDecision((int)recheck.Months.Value, reason, recheck.Months.Cite, recheck.Months.Sample);
    }

    private static IEnumerable<string> Instability(MemberFacts member, HouseholdCase household, IncomeSheet income)
    {
        var name = Member(member.Position);
        if (member.Employment is Employments.Flexible) yield return $"{name}申报灵活就业";
        if (member.Employment is Employments.SelfEmployed) yield return $"{name}申报自谋职业或自主创业";
        if (household.Records.GetValueOrDefault(HouseholdMetricSources.Tax) is { } tax)
        {
            var earnings = tax.Income.Where(i => i.MemberPosition == member.Position && IncomeKinds.Earnings.Contains(i.Category) && i.AmountCny > 0).ToList();
            var months = earnings.Select(i => i.Period).Distinct().Count();
            if (months is > 0 and < 12) yield return $"{name}近12个月中{months}个月有劳动收入";
            var irregular = earnings.Select(i => i.Category).Where(IncomeKinds.Irregular.Contains).Distinct().Select(c => IncomeKinds.Labels[c]).ToList();
            if (irregular.Count > 0) yield return $"{name}有{string.Join("、", irregular)}";
        }
        if (income.Lines?.Any(l => l.Position == member.Position && l.Kind == BenefitKinds.UnemploymentBenefit) == true)
            yield return $"{name}领取失业保险金";
    }
}
