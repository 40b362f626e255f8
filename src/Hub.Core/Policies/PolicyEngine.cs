using System.Globalization;
using Hub.Contracts.Api;
using Hub.Core.Metrics;

namespace Hub.Core.Policies;

/// <summary>Judges a household's metrics against a policy pack.</summary>
public static class PolicyEngine
{
    private const string Urban = "urban";
    private const string Rural = "rural";
    private const string AtMost = "<=";
    private const string SampleMark = "（示例值）";

    /// <param name="residence">urban or rural: picks the 低保 standard and residence-specific multipliers.</param>
    /// <param name="unavailableSources">Sources whose records the hub does not have (failed, timed out or not asked).
    /// Any of them makes the conclusion needs_review; rules resting on them are not evaluated.</param>
    public static PolicyEvaluation Evaluate(
        PolicyPack pack, HouseholdMetrics metrics, string residence, IReadOnlyCollection<string> unavailableSources)
    {
        if (residence is not (Urban or Rural)) throw new ArgumentException($"Unknown residence '{residence}'.", nameof(residence));
        var standard = residence == Urban ? pack.Standards.UrbanMonthly : pack.Standards.RuralMonthly;

        var findings = pack.Rules.Select(rule => Judge(rule, standard, residence, metrics.Named(RuleKinds.Metric[rule.Kind]), unavailableSources)).ToList();
        var conclusion =
            unavailableSources.Count > 0 || findings.Any(f => f.Outcome == FindingOutcomes.NotEvaluated) ? Conclusions.NeedsReview
            : findings.Any(f => f.Outcome == FindingOutcomes.Fail) ? Conclusions.ExceedsCriteria
            : Conclusions.MeetsCriteria;
        return new PolicyEvaluation(findings, conclusion, Applied(pack, residence, standard));
    }

    private static ReportFinding Judge(
        PolicyRule rule, PolicyParameter standard, string residence, ReportMetric metric, IReadOnlyCollection<string> unavailable)
    {
        var (threshold, description, sample) = Threshold(rule, standard, residence);
        if (sample) description += SampleMark;
        if (metric.Value is not { } value || metric.Sources.Any(unavailable.Contains))
            return new ReportFinding(rule.Id, description, null, threshold, AtMost, FindingOutcomes.NotEvaluated, metric.Sources);

        var outcome = value <= threshold ? FindingOutcomes.Pass : FindingOutcomes.Fail;
        // The office must be able to trace an adverse finding to the department that reported it.
        if (outcome == FindingOutcomes.Fail && metric.Sources.Count == 0)
            throw new InvalidOperationException($"Rule {rule.Id} failed without a source to cite.");
        return new ReportFinding(rule.Id, description, value, threshold, AtMost, outcome, metric.Sources);
    }

    private static (decimal Threshold, string Description, bool Sample) Threshold(PolicyRule rule, PolicyParameter standard, string residence)
    {
        var place = residence == Urban ? "城市" : "农村";
        switch (rule.Kind)
        {
            case RuleKinds.IncomePerCapita:
                var multiplier = IncomeMultiplier(rule, residence)!;
                return (Money(standard.Value * multiplier.Value),
                    $"家庭月人均收入不高于{place}低保标准{Number(standard.Value)}元×{Number(multiplier.Value)}",
                    standard.Sample || multiplier.Sample);
            case RuleKinds.FinancialAssetsPerCapita when rule.AnnualStandardMultiple is { } multiple:
                return (Money(standard.Value * 12 * multiple.Value),
                    $"家庭人均金融资产（存款、理财、基金、证券）不高于{place}低保年标准{Number(standard.Value * 12)}元×{Number(multiple.Value)}",
                    standard.Sample || multiple.Sample);
        }
        var limit = rule.Limit!;
        var text = rule.Kind switch
        {
            RuleKinds.FinancialAssetsPerCapita => $"家庭人均金融资产（存款、理财、基金、证券）不高于{Number(limit.Value)}元",
            RuleKinds.ResidentialPropertyCount => $"家庭拥有住宅不超过{Number(limit.Value)}套",
            RuleKinds.ResidentialAreaPerCapita => $"家庭人均住宅建筑面积（按产权份额）不超过{Number(limit.Value)}平方米",
            RuleKinds.NonExemptVehicleCount => $"家庭机动车（残疾人功能性补偿代步车、基本生活生产工具除外）不超过{Number(limit.Value)}辆",
            RuleKinds.NonExemptVehicleValue => $"家庭机动车（残疾人功能性补偿代步车、基本生活生产工具除外）总价值不高于{Number(limit.Value)}元",
            RuleKinds.EnterpriseRoleCapital => $"家庭成员在存续企业中担任法定代表人、股东或高管的，企业注册资本不高于{Number(limit.Value)}元",
            RuleKinds.LargeOutflowsTotal => $"近6个月大额转出合计不高于{Number(limit.Value)}元",
            _ => throw new InvalidOperationException($"Rule kind {rule.Kind} has no threshold."),
        };
        return (limit.Value, text, limit.Sample);
    }

    private static PolicyParameter? IncomeMultiplier(PolicyRule rule, string residence) =>
        rule.Multiplier ?? (residence == Urban ? rule.UrbanMultiplier : rule.RuralMultiplier);

    private static PolicyApplied Applied(PolicyPack pack, string residence, PolicyParameter standard)
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
                c.MinMultiple is { } min ? Money(urban * min.Value) : null, Money(urban * c.MaxMultiple.Value)))
            .ToList();
        return new PolicyApplied(
            pack.Id, pack.Version, pack.Title, pack.Source, residence,
            standard.Value, urban,
            income is null ? null : IncomeMultiplier(income, residence)?.Value,
            (int?)pack.Recheck?.Months.Value, (int?)pack.Recheck?.UnstableIncomeMonths?.Value,
            graduation, caps,
            pack.Parameters().Where(p => p.Parameter.Sample).Select(p => p.Path).ToList());
    }

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Without trailing zeros: 1.40 reads as 1.4 in a Chinese sentence.</summary>
    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
