using Hub.Contracts.Api;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>The figures of a pack the report carries (<see cref="PolicyApplied"/>), in yuan for the household's residence.</summary>
internal static class PolicyFigures
{
    public static PolicyParameter? IncomeMultiplier(PolicyRule rule, string residence) =>
        rule.Multiplier ?? (residence == Urban ? rule.UrbanMultiplier : rule.RuralMultiplier);

    public static PolicyApplied Applied(PolicyPack pack, string residence, PolicyParameter standard)
    {
        var urban = pack.Standards.UrbanMonthly.Value;
        var income = pack.Rules.FirstOrDefault(r => r.Kind == RuleKinds.IncomePerCapita);
        var graduation = pack.Graduation is { } g
            ? new GraduationBand(g.LowerMultiple.Value, g.UpperMultiple?.Value,
                Money(standard.Value * g.LowerMultiple.Value), g.UpperMultiple is { } upper ? Money(standard.Value * upper.Value) : null,
                (int?)g.MinMonths?.Value, (int?)g.MaxMonths?.Value)
            : null;
        var caps = (pack.TemporaryCaps ?? [])
            .Select(c => new TemporaryAssistanceCap(c.Kind, c.MinMultiple?.Value, c.MaxMultiple.Value,
                c.MinMultiple is { } min ? Money(urban * min.Value) : null, Money(urban * c.MaxMultiple.Value),
                pack.CaseByCase is not null, pack.CaseByCase?.Cite))
            .ToList();
        return new PolicyApplied(
            pack.Id, pack.Version, pack.Title, pack.Source, residence,
            standard.Value, urban,
            income is null ? null : IncomeMultiplier(income, residence)?.Value,
            Benefit(pack.BenefitLevel, residence, standard),
            (int?)pack.Recheck?.Months.Value, (int?)pack.Recheck?.UnstableIncomeMonths?.Value,
            graduation, caps,
            [.. pack.Parameters().Where(p => p.Parameter.Sample).Select(p => p.Path).Concat(pack.Clauses().Where(c => c.Sample).Select(c => c.Path))
                .Select(path => SamplePaths.Keyed(pack, path))]);
    }

    private static BenefitLevel? Benefit(PolicyBenefitLevel? level, string residence, PolicyParameter standard)
    {
        if (level is null) return null;
        var multiplier = level.Multiplier ?? (residence == Urban ? level.UrbanMultiplier : level.RuralMultiplier)!;
        return new BenefitLevel(level.Label, multiplier.Value, Money(standard.Value * multiplier.Value), multiplier.Cite, level.AtLeast);
    }
}
