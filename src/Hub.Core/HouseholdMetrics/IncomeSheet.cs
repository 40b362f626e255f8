using Hub.Contracts.Api;
using Hub.Contracts.Records;

namespace Hub.Core.HouseholdMetrics;

/// <summary>
/// Every member's counted income by kind: the tax categories the pack counts (the twelve months' total ÷ 12) and the
/// benefits it counts (pensions and unemployment benefit paid now, from the social-insurance records: they are exempt
/// from income tax, so the tax records never show them).
/// </summary>
/// <param name="Lines">Null when a source the counted income needs did not answer.</param>
/// <param name="Sources">The sources counted income needs.</param>
public sealed record IncomeSheet(IReadOnlyList<MemberIncome>? Lines, IReadOnlyList<string> Sources)
{
    public static IncomeSheet From(IReadOnlyDictionary<string, CanonicalRecords?> recordsBySource, HouseholdMetricsSettings settings, DateOnly today)
    {
        var sources = settings.CountedBenefits.Count > 0 ? [HouseholdMetricSources.Tax, HouseholdMetricSources.SocialInsurance] : new[] { HouseholdMetricSources.Tax };
        if (sources.Any(s => recordsBySource.GetValueOrDefault(s) is null)) return new IncomeSheet(null, sources);

        var lines = new List<MemberIncome>();
        var income = recordsBySource[HouseholdMetricSources.Tax]!.Income;
        foreach (var group in Enumerable.Range(0, income.Count)
                     .Where(i => settings.CountedIncomeCategories.Contains(income[i].Category))
                     .GroupBy(i => (income[i].MemberPosition, income[i].Category)))
            lines.Add(new MemberIncome(group.Key.MemberPosition, group.Key.Category,
                Money(group.Sum(i => income[i].AmountCny) / settings.IncomeMonths), HouseholdMetricSources.Tax,
                new RecordReference(HouseholdMetricSources.Tax, "income", group.ToList())));

        if (recordsBySource.GetValueOrDefault(HouseholdMetricSources.SocialInsurance) is { } insurance)
        {
            for (var i = 0; i < insurance.Pensions.Count; i++)
            {
                var pension = insurance.Pensions[i];
                var kind = pension.Scheme == PensionSchemes.UrbanEmployee ? BenefitKinds.PensionUrbanEmployee : BenefitKinds.PensionUrbanRuralResident;
                if (pension.Status == BenefitStatuses.Paying && settings.CountedBenefits.Contains(kind))
                    lines.Add(new MemberIncome(pension.MemberPosition, kind, pension.MonthlyAmountCny, HouseholdMetricSources.SocialInsurance,
                        new RecordReference(HouseholdMetricSources.SocialInsurance, "pensions", [i])));
            }
            for (var i = 0; i < insurance.UnemploymentBenefits.Count; i++)
            {
                var benefit = insurance.UnemploymentBenefits[i];
                if (benefit.Status == BenefitStatuses.Paying && benefit.From <= today && today <= benefit.Until
                    && settings.CountedBenefits.Contains(BenefitKinds.UnemploymentBenefit))
                    lines.Add(new MemberIncome(benefit.MemberPosition, BenefitKinds.UnemploymentBenefit, benefit.MonthlyAmountCny,
                        HouseholdMetricSources.SocialInsurance, new RecordReference(HouseholdMetricSources.SocialInsurance, "unemploymentBenefits", [i])));
            }
        }
        return new IncomeSheet(lines, sources);
    }

    /// <summary>The lines of these members, one per kind, in a fixed order, with the records of each merged.</summary>
    public IReadOnlyList<IncomeLine> LinesOf(IReadOnlySet<int> positions) => (Lines ?? [])
        .Where(l => positions.Contains(l.Position))
        .GroupBy(l => l.Kind)
        .OrderBy(g => KindOrder(g.Key))
        .Select(g => new IncomeLine(g.Key, IncomeKinds.Labels[g.Key], g.Sum(l => l.MonthlyCny), [g.First().Source], Merge(g.Select(l => l.Basis))))
        .ToList();

    public decimal? MonthlyTotal(IReadOnlySet<int> positions) =>
        Lines?.Where(l => positions.Contains(l.Position)).Sum(l => l.MonthlyCny);

    public decimal? MonthlyOf(int position, IReadOnlySet<string>? kinds = null) =>
        Lines?.Where(l => l.Position == position && (kinds is null || kinds.Contains(l.Kind))).Sum(l => l.MonthlyCny);

    /// <summary>All the records of the counted income, one reference per source list.</summary>
    public IReadOnlyList<RecordReference> Basis => Merge((Lines ?? []).Select(l => l.Basis));

    private static int KindOrder(string kind) => IncomeKinds.Labels.Keys.ToList().IndexOf(kind);

    private static IReadOnlyList<RecordReference> Merge(IEnumerable<RecordReference> references) => references
        .GroupBy(r => (r.Source, r.Collection))
        .Select(g => new RecordReference(g.Key.Source, g.Key.Collection, g.SelectMany(r => r.Records).Order().ToList()))
        .ToList();

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
