namespace Hub.Api.Verifications.Printable;

/// <summary>The policy rules by name, the unit their value and standard are in, and how a value is compared with the standard.</summary>
internal static class RuleWords
{
    public static readonly Vocabulary Names = new(new Dictionary<string, string>
    {
        ["income"] = "家庭月人均收入", ["financial_assets"] = "人均金融资产", ["residential_properties"] = "住宅套数",
        ["residential_area"] = "人均住宅建筑面积", ["vehicles"] = "机动车数量", ["vehicle_value"] = "机动车价值",
        ["enterprise_roles"] = "企业任职及注册资本", ["large_outflows"] = "近期大额资金转出",
        ["household_composition"] = "家庭成员与户籍登记比对", ["income_inconsistent"] = "收入与公积金缴存比对",
    });

    /// <summary>Rules without a unit (a yes/no test) are left out and show none.</summary>
    public static readonly IReadOnlyDictionary<string, string> Units = new Dictionary<string, string>
    {
        ["income"] = "元/月", ["financial_assets"] = "元/人", ["residential_properties"] = "套", ["residential_area"] = "平方米/人",
        ["vehicles"] = "辆", ["vehicle_value"] = "元", ["enterprise_roles"] = "元", ["large_outflows"] = "元",
    };

    /// <summary>What the value must be, relative to the standard, for the rule to be met.</summary>
    public static readonly Vocabulary Comparisons = new(new Dictionary<string, string>
    {
        ["<"] = "低于", ["<="] = "不高于", [">"] = "高于", [">="] = "不低于", ["=="] = "等于", ["="] = "等于",
    });
}
