using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>
/// Works out the income the income rule compares: the assessed members' gross income by kind, each deduction the pack
/// allows (就业成本 on each working member's earnings, declared 刚性支出), and the net per person. With members
/// separated as 单人户 each of them is a household of one: their own income, the declared expenses shared among them,
/// and the highest of their nets is compared.
/// </summary>
public static class IncomeAssessment
{
    public static IncomeComputation Compute(PolicyPack pack, HouseholdCase household, IncomeSheet income, IReadOnlyList<SeparatedMember> separated)
    {
        var units = separated.Count > 0
            ? separated.Select(s => (IReadOnlySet<int>)new HashSet<int> { s.Position }).ToList()
            : [household.Members.Select(m => m.Position).ToHashSet()];
        var assessed = units.SelectMany(u => u).Order().ToList();
        var deductions = (pack.Deductions ?? []).Where(d => !d.RecipientsOnly || household.IsRecheck).ToList();
        var expenseShare = 1m / units.Count;

        var lines = deductions.Select(d => Deduction(d, assessed.ToHashSet(), household, income, 1m)).OfType<IncomeDeduction>().ToList();
        var gross = income.MonthlyTotal(assessed.ToHashSet());
        decimal? net = gross is { } g ? Math.Max(0, g - lines.Sum(l => l.MonthlyCny)) : null;
        decimal? perCapita = income.Lines is null ? null : units.Max(unit =>
        {
            var own = deductions.Select(d => Deduction(d, unit, household, income, expenseShare)).Sum(d => d?.MonthlyCny ?? 0);
            return Money(Math.Max(0, income.MonthlyTotal(unit)!.Value - own) / unit.Count);
        });
        return new IncomeComputation(assessed, income.LinesOf(assessed.ToHashSet()), gross, lines, net, perCapita, separated);
    }

    /// <summary>One deduction for these members; null when there is nothing to take off.</summary>
    private static IncomeDeduction? Deduction(
        PolicyDeduction deduction, IReadOnlySet<int> members, HouseholdCase household, IncomeSheet income, decimal expenseShare)
    {
        var sample = deduction.Sample || deduction.Share?.Sample == true || deduction.MonthlyAmount?.Sample == true;
        switch (deduction.Kind)
        {
            case DeductionKinds.EmploymentCost:
                var earners = members.Order()
                    .Select(p => (Position: p, Earned: income.MonthlyOf(p, IncomeKinds.Earnings) ?? 0))
                    .Where(e => e.Earned > 0).ToList();
                if (earners.Count == 0) return null;
                var amount = earners.Sum(e => deduction.Share is { } share ? e.Earned * share.Value : Math.Min(e.Earned, deduction.MonthlyAmount!.Value));
                var rule = deduction.Share is { } s ? $"按劳动收入的{Percent(s.Value)}" : $"每名就业成员每月{Number(deduction.MonthlyAmount!.Value)}元（不超过其劳动收入）";
                return new IncomeDeduction(deduction.Kind, "必要的就业成本", Money(amount),
                    $"{Members(earners.Select(e => e.Position))}有劳动收入（工资薪金、劳务报酬、经营所得），{rule}扣减", deduction.Cite, sample);
            case DeductionKinds.MedicalExpenses or DeductionKinds.EducationExpenses:
                var medical = deduction.Kind == DeductionKinds.MedicalExpenses;
                var declared = (medical ? household.Expenses?.MedicalCny : household.Expenses?.EducationCny) ?? 0;
                if (declared <= 0) return null;
                var monthly = declared * expenseShare / 12 * (deduction.Share?.Value ?? 1);
                if (deduction.MonthlyAmount is { } cap) monthly = Math.Min(monthly, cap.Value);
                var how = (deduction.Share is { } part ? $"计入{Percent(part.Value)}" : "全额计入")
                    + (deduction.MonthlyAmount is { } limit ? $"，每月不超过{Number(limit.Value)}元" : "");
                return new IncomeDeduction(deduction.Kind, medical ? "因病因残刚性支出（医疗）" : "刚性支出（教育）", Money(monthly),
                    $"申报近12个月自付{(medical ? "医疗" : "教育")}费用{Number(declared)}元，按月平均，{how}（申报数，须凭票据核实）", deduction.Cite, sample);
            default:
                throw new InvalidOperationException($"Unknown deduction kind {deduction.Kind}.");
        }
    }
}
