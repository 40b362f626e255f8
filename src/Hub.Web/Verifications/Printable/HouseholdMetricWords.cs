using Hub.Core.HouseholdMetrics;

namespace Hub.Web.Verifications.Printable;

/// <summary>The household metrics in Chinese, and the units of metrics and findings.</summary>
internal static class HouseholdMetricWords
{
    public static readonly Vocabulary Names = new(new Dictionary<string, string>
    {
        [HouseholdMetricNames.HouseholdSize] = "家庭人口",
        [HouseholdMetricNames.WorkingAgeMembers] = "劳动年龄人口",
        [HouseholdMetricNames.MonthlyIncomePerCapita] = "家庭月人均收入（未扣减）",
        [HouseholdMetricNames.FinancialAssetsPerCapita] = "人均金融资产",
        [HouseholdMetricNames.ResidentialPropertyCount] = "住宅套数",
        [HouseholdMetricNames.ResidentialAreaPerCapita] = "人均住宅建筑面积",
        [HouseholdMetricNames.NonExemptVehicleCount] = "机动车数量（不含豁免车辆）",
        [HouseholdMetricNames.NonExemptVehicleValue] = "机动车价值（不含豁免车辆）",
        [HouseholdMetricNames.ExemptVehicleCount] = "豁免车辆数量",
        [HouseholdMetricNames.ActiveEnterpriseRoles] = "存续企业任职/持股",
        [HouseholdMetricNames.ActiveEnterpriseCapitalMax] = "所涉企业最高注册资本",
        [HouseholdMetricNames.LargeOutflowsTotal] = "近期大额转出合计",
        [HouseholdMetricNames.HousingFundMonthlyContribution] = "住房公积金月缴存额",
    });

    public static readonly Vocabulary Units = new(new Dictionary<string, string>
    {
        ["persons"] = "人", ["CNY"] = "元", ["CNY/month"] = "元/月", ["sqm/person"] = "平方米/人",
        ["properties"] = "套", ["vehicles"] = "辆", ["roles"] = "项", ["years"] = "周岁",
    });
}
