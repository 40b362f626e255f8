using System.Text.RegularExpressions;
using Hub.Contracts.Api;
using Hub.Core.Policies;

namespace Hub.Web.Verifications.Printable;

/// <summary>
/// A pack parameter named by its JSON path (as <see cref="PolicyApplied.SampleParameters"/> lists them) in words. An
/// item of a list is named by its key: <c>$.rules[?@.id=='vehicles'].limit</c> is the limit of the rule
/// <c>vehicles</c>, whatever its place in the pack or among the findings.
/// </summary>
internal static partial class PolicyPathWords
{
    private static readonly Vocabulary Fields = new(new Dictionary<string, string>
    {
        ["standards.urbanMonthly"] = "城市低保标准（元/月）", ["standards.ruralMonthly"] = "农村低保标准（元/月）",
        ["workAbility.minorUnder"] = "未成年人年龄（未满周岁）", ["workAbility.workingUntil"] = "老年人年龄（周岁以上）",
        ["workAbility.severeDisabilityMaxGrade"] = "重度残疾等级（该级及以上）",
        ["singlePerson"] = "单人户：重度残疾、重病成员单独核算", ["singlePerson.householdIncomeMultiple"] = "单人户：低收入家庭认定（低保标准倍数）",
        ["benefitLevel.multiplier"] = "特困人员基本生活标准（低保标准倍数）",
        ["benefitLevel.urbanMultiplier"] = "城市特困人员基本生活标准（低保标准倍数）",
        ["benefitLevel.ruralMultiplier"] = "农村特困人员基本生活标准（低保标准倍数）",
        ["recheck.months"] = "复核周期（月）", ["recheck.unstableIncomeMonths"] = "收入来源不固定、有劳动能力家庭的复核周期（月）",
        ["graduation.lowerMultiple"] = "渐退区间下限（低保标准倍数）", ["graduation.upperMultiple"] = "渐退区间上限（低保标准倍数）",
        ["graduation.minMonths"] = "渐退期最短月数", ["graduation.maxMonths"] = "渐退期最长月数",
        ["housingFundAsAsset"] = "住房公积金余额计入金融资产", ["caseByCase"] = "临时救助“一事一议”可超过上限",
        ["minMultiple"] = "最低倍数", ["maxMultiple"] = "最高倍数",
        ["multiplier"] = "低保标准倍数", ["urbanMultiplier"] = "城市低保标准倍数", ["ruralMultiplier"] = "农村低保标准倍数",
        ["annualStandardMultiple"] = "低保年标准倍数", ["limit"] = "限额",
        ["contributionRate"] = "住房公积金缴存比例（单位和个人合计）", ["minShare"] = "劳动收入不低于推算工资的比例",
        ["share"] = "扣减比例", ["monthlyAmount"] = "每月扣减额（元）", ["maxValue"] = "车辆价值上限（元）",
    });

    private static readonly Vocabulary Deductions = new(new Dictionary<string, string>
    {
        [DeductionKinds.EmploymentCost] = "必要的就业成本", [DeductionKinds.MedicalExpenses] = "因病因残刚性支出（医疗）",
        [DeductionKinds.EducationExpenses] = "刚性支出（教育）",
    });

    public static string Describe(string path)
    {
        var match = Keyed().Match(path);
        if (!match.Success) return Fields[path.TrimStart('$', '.')];
        var key = Regex.Unescape(match.Groups["key"].Value);
        var item = match.Groups["list"].Value switch
        {
            "rules" => $"规则“{RuleWords.Names[key]}”",
            "deductions" => $"收入扣减“{Deductions[key]}”",
            "vehicleExemptions" => $"豁免车辆“{key}”",
            "temporaryCaps" => $"临时救助“{key}”",
            _ => null,
        };
        if (item is null) return path;
        return match.Groups["field"].Success ? $"{item}：{Fields[match.Groups["field"].Value]}" : $"{item}的设置";
    }

    /// <summary>An item of a list by its key (an RFC 9535 filter with a quoted string), then at most one field.</summary>
    [GeneratedRegex(@"^\$\.(?<list>\w+)\[\?@\.\w+=='(?<key>(?:[^'\\]|\\.)*)'\](?:\.(?<field>\w+))?$")]
    private static partial Regex Keyed();
}
