using Hub.Contracts.Api;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>The rules that compare one household metric with a threshold (不高于, 不超过): value ≤ threshold passes.</summary>
internal static class ThresholdRule
{
    private const string AtMost = "<=";

    public static ReportFinding Judge(PolicyRule rule, PolicyParameter standard, string residence, ReportMetric metric)
    {
        var (threshold, description, parameter, sample) = Threshold(rule, standard, residence);
        if (sample) description += SampleMark;
        if (metric.Value is not { } value)
            return new ReportFinding(rule.Id, description, null, threshold, AtMost, FindingOutcomes.NotEvaluated, metric.Sources, metric.Unit, parameter.Cite);
        return new ReportFinding(rule.Id, description, value, threshold, AtMost,
            value <= threshold ? FindingOutcomes.Pass : FindingOutcomes.Fail, metric.Sources, metric.Unit, parameter.Cite);
    }

    private static (decimal Threshold, string Description, PolicyParameter Parameter, bool Sample) Threshold(PolicyRule rule, PolicyParameter standard, string residence)
    {
        if (rule is { Kind: RuleKinds.FinancialAssetsPerCapita, AnnualStandardMultiple: { } multiple })
            return (Money(standard.Value * 12 * multiple.Value),
                $"家庭人均金融资产（存款、理财、基金、证券）不高于{Place(residence)}低保年标准{Number(standard.Value * 12)}元×{Number(multiple.Value)}",
                multiple, standard.Sample || multiple.Sample);
        var limit = rule.Limit!;
        var text = rule.Kind switch
        {
            RuleKinds.FinancialAssetsPerCapita => $"家庭人均金融资产（存款、理财、基金、证券）不高于{Number(limit.Value)}元",
            RuleKinds.ResidentialPropertyCount => $"家庭拥有住宅不超过{Number(limit.Value)}套",
            RuleKinds.ResidentialAreaPerCapita => $"家庭人均住宅建筑面积（按产权份额）不超过{Number(limit.Value)}平方米",
            RuleKinds.NonExemptVehicleCount => $"家庭机动车（按政策豁免的除外）不超过{Number(limit.Value)}辆",
            RuleKinds.NonExemptVehicleValue => $"家庭机动车（按政策豁免的除外）总价值不高于{Number(limit.Value)}元",
            RuleKinds.EnterpriseRoleCapital => $"家庭成员在存续企业中担任法定代表人、股东或高管的，企业注册资本不高于{Number(limit.Value)}元",
            RuleKinds.LargeOutflowsTotal => $"近6个月大额转出合计不高于{Number(limit.Value)}元",
            _ => throw new InvalidOperationException($"Rule kind {rule.Kind} has no threshold."),
        };
        return (limit.Value, text, limit, limit.Sample);
    }
}
