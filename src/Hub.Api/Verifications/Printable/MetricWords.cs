namespace Hub.Api.Verifications.Printable;

/// <summary>The household metrics and their units in Chinese.</summary>
internal static class MetricWords
{
    public static readonly Vocabulary Names = new(new Dictionary<string, string>
    {
        ["householdSize"] = "家庭人口", ["workingAgeMembers"] = "劳动年龄人口", ["monthlyIncomePerCapita"] = "家庭月人均收入",
        ["financialAssetsPerCapita"] = "人均金融资产", ["residentialPropertyCount"] = "住宅套数", ["residentialAreaPerCapita"] = "人均住宅建筑面积",
        ["nonExemptVehicleCount"] = "机动车数量（不含豁免车辆）", ["nonExemptVehicleValue"] = "机动车价值（不含豁免车辆）",
        ["exemptVehicleCount"] = "豁免车辆数量", ["activeEnterpriseRoles"] = "存续企业任职/持股", ["activeEnterpriseCapitalMax"] = "所涉企业最高注册资本",
        ["largeOutflowsTotal"] = "近期大额转出合计", ["housingFundMonthlyContribution"] = "住房公积金月缴存额",
    });

    public static readonly Vocabulary Units = new(new Dictionary<string, string>
    {
        ["persons"] = "人", ["CNY"] = "元", ["CNY/month"] = "元/月", ["sqm/person"] = "平方米/人",
        ["properties"] = "套", ["vehicles"] = "辆", ["roles"] = "项",
    });
}
