using Hub.Core.Policies;
using Hub.Core.Reports;

namespace Hub.Web.Verifications.Printable;

/// <summary>
/// The findings by name: every rule id of the shipped packs and the findings the hub adds itself (单人户,
/// household composition), and how a value is compared with the standard.
/// </summary>
internal static class RuleWords
{
    public static readonly Vocabulary Names = new(new Dictionary<string, string>
    {
        ["income"] = "家庭月人均收入", ["financial_assets"] = "人均金融资产", ["residential_properties"] = "住宅套数",
        ["residential_area"] = "人均住宅建筑面积", ["vehicles"] = "机动车数量", ["vehicle_value"] = "机动车价值",
        ["enterprise_roles"] = "企业任职及注册资本", ["large_outflows"] = "近期大额资金转出",
        ["income_inconsistent"] = "收入与住房公积金缴存比对",
        ["unable_to_work"] = "申请人无劳动能力", ["no_income_from_work"] = "无有劳动能力且有劳动收入的成员",
        ["obligors"] = "法定义务人无赡养、抚养、扶养能力",
        [SinglePersonHousehold.RuleId] = "单人户核算", [HouseholdComposition.Rule] = "家庭成员与户籍登记比对",
    });

    /// <summary>What the value must be, relative to the standard, for the rule to be met.</summary>
    public static readonly Vocabulary Comparisons = new(new Dictionary<string, string>
    {
        ["<"] = "低于", ["<="] = "不高于", [">"] = "高于", [">="] = "不低于", ["=="] = "等于", ["="] = "等于",
    });
}
