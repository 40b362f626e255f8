using System.Text.RegularExpressions;
using Hub.Contracts.Api;

namespace Hub.Api.Verifications.Printable;

/// <summary>
/// A pack parameter named by its JSON path (as <see cref="PolicyApplied.SampleParameters"/> lists them) in words:
/// <c>$.rules[1].limit</c> is the limit of the pack's second rule, which is the report's second finding.
/// </summary>
internal static partial class PolicyPathWords
{
    private static readonly Vocabulary Fields = new(new Dictionary<string, string>
    {
        ["standards.urbanMonthly"] = "城市低保标准（元/月）", ["standards.ruralMonthly"] = "农村低保标准（元/月）",
        ["recheck.months"] = "复核周期（月）", ["recheck.unstableIncomeMonths"] = "收入来源不固定、有劳动能力家庭的复核周期（月）",
        ["graduation.lowerMultiple"] = "渐退区间下限（低保标准倍数）", ["graduation.upperMultiple"] = "渐退区间上限（低保标准倍数）",
        ["graduation.minMonths"] = "渐退期最短月数", ["graduation.maxMonths"] = "渐退期最长月数",
        ["minMultiple"] = "最低倍数", ["maxMultiple"] = "最高倍数",
        ["multiplier"] = "低保标准倍数", ["urbanMultiplier"] = "城市低保标准倍数", ["ruralMultiplier"] = "农村低保标准倍数",
        ["annualStandardMultiple"] = "低保年标准倍数", ["limit"] = "限额",
    });

    public static string Describe(string path, PolicyApplied policy, IReadOnlyList<ReportFinding> findings)
    {
        var match = Indexed().Match(path);
        if (!match.Success) return Fields[path.TrimStart('$', '.')];
        var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var field = Fields[match.Groups["field"].Value];
        return match.Groups["list"].Value switch
        {
            "rules" when index < findings.Count => $"{RuleWords.Names[findings[index].Rule]}：{field}",
            "temporaryCaps" when index < policy.TemporaryCaps.Count => $"临时救助（{policy.TemporaryCaps[index].Kind}）：{field}",
            _ => path,
        };
    }

    [GeneratedRegex(@"^\$\.(?<list>\w+)\[(?<index>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex Indexed();
}
