using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Hub.Contracts.Api;
using Hub.Core.Catalog;

namespace Hub.Api.Verifications;

/// <summary>The report as a printable Chinese page for the case file; every value is HTML-encoded.</summary>
public static class ReportPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private const string Style =
        "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#111}" +
        "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #999;padding:4px 8px;text-align:left;font-size:14px}" +
        "th{background:#eee}.hash{font-family:monospace;font-size:12px;word-break:break-all}.conclusion{font-size:20px;font-weight:bold}" +
        "@media print{body{margin:0}}";

    /// <summary>
    /// The page loads nothing and runs nothing: only its own style sheet, allowed by hash, so a value that
    /// slipped past the encoder still could not add a script, a style or a form, nor the page be framed.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> Words = new()
    {
        ["minimum_living"] = "最低生活保障", ["extreme_poverty"] = "特困人员救助供养", ["temporary"] = "临时救助", ["low_income"] = "低收入人口认定",
        ["urban"] = "城镇", ["rural"] = "农村", ["completed"] = "已完成", ["partial"] = "部分完成",
        ["answered"] = "已反馈", ["unavailable"] = "未反馈", ["pass"] = "符合", ["fail"] = "不符合", ["not_evaluated"] = "未能核对",
        ["meets_criteria"] = "符合条件", ["exceeds_criteria"] = "超出条件", ["needs_review"] = "需人工复核",
        ["applicant"] = "申请人", ["spouse"] = "配偶", ["child"] = "子女", ["parent"] = "父母", ["sibling"] = "兄弟姐妹",
        ["grandparent"] = "祖父母", ["grandchild"] = "孙子女", ["other"] = "其他",
        ["tax"] = "税务（纳税记录）", ["real_estate"] = "不动产登记", ["vehicle"] = "车辆登记", ["housing_fund"] = "住房公积金",
        ["bank"] = "银行存款及理财", ["market_registration"] = "市场主体登记",
        ["householdSize"] = "家庭人口", ["workingAgeMembers"] = "劳动年龄人口", ["monthlyIncomePerCapita"] = "月人均收入",
        ["financialAssetsPerCapita"] = "人均金融资产", ["residentialPropertyCount"] = "住宅套数", ["residentialAreaPerCapita"] = "人均住宅面积",
        ["nonExemptVehicleCount"] = "机动车数量（不含豁免车辆）", ["nonExemptVehicleValue"] = "机动车价值（不含豁免车辆）",
        ["exemptVehicleCount"] = "豁免车辆数量", ["activeEnterpriseRoles"] = "存续企业任职/持股", ["activeEnterpriseCapitalMax"] = "所涉企业最高注册资本",
        ["largeOutflowsTotal"] = "近六个月大额转出合计", ["housingFundMonthlyContribution"] = "住房公积金月缴存额",
        ["income"] = "收入", ["bankAccounts"] = "存款账户", ["wealthProducts"] = "理财产品", ["largeOutflows"] = "大额转出",
        ["properties"] = "不动产", ["vehicles"] = "车辆", ["enterpriseRoles"] = "企业任职", ["housingFundAccounts"] = "公积金账户",
    };

    private static readonly Dictionary<string, string> Units = new()
    {
        ["persons"] = "人", ["CNY"] = "元", ["CNY/month"] = "元/月", ["sqm/person"] = "平方米/人",
        ["properties"] = "套", ["vehicles"] = "辆", ["roles"] = "项",
    };

    public static string Render(VerificationReport report)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>家庭经济状况核对报告</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>");
        page.Append("<h1>家庭经济状况核对报告</h1>");
        Table(page, null,
        [
            ["核对编号", report.VerificationId.ToString()],
            ["业务编号", report.CaseRef],
            ["行政区划", $"{HubCatalog.Jurisdictions.GetValueOrDefault(report.Jurisdiction, "")} ({report.Jurisdiction})"],
            ["救助类别", Word(report.AssistanceType)],
            ["户籍类别", Word(report.Residence)],
            ["核对状态", Word(report.Status)],
            ["出具时间", report.IssuedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss '(北京时间)'", CultureInfo.InvariantCulture)],
        ]);

        page.Append("<h2>家庭成员</h2>");
        Table(page, ["序号", "姓名", "身份证号（脱敏）", "关系"],
            report.Members.Select(m => new[] { (m.Position + 1).ToString(CultureInfo.InvariantCulture), m.Name, m.MaskedIdNumber, Word(m.Relation) }));

        page.Append("<h2>部门核对结果</h2>");
        Table(page, ["部门", "状态", "反馈时间", "原始数据摘要 (SHA-256)", "说明"],
            report.Sources.Select(s => new[]
            {
                Word(s.Source), Word(s.Status), s.AnsweredAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "—",
                s.EvidenceSha256 ?? "—", s.ReasonCode is { } code ? $"{s.Reason}（{code}）" : s.Reason ?? "",
            }), hashColumn: 3);

        page.Append("<h2>家庭经济指标</h2>");
        Table(page, ["指标", "数值", "单位", "依据"],
            report.Metrics.Select(m => new[]
            {
                Word(m.Name), m.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—（数据缺失）", Units.GetValueOrDefault(m.Unit, m.Unit),
                string.Join("；", m.Basis.Select(b => $"{Word(b.Source)}·{Word(b.Collection)} 第{string.Join("、", b.Records.Select(r => r + 1))}条")),
            }));

        page.Append("<h2>政策规则核对</h2>");
        Table(page, ["规则", "说明", "实际值", "标准", "结果", "依据部门"],
            report.Findings.Select(f => new[]
            {
                f.Rule, f.Description, f.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—",
                f.Threshold is { } t ? $"{f.Comparison} {t.ToString("0.##", CultureInfo.InvariantCulture)}" : "—",
                Word(f.Outcome), string.Join("、", f.Sources.Select(Word)),
            }));

        page.Append("<h2>核对结论</h2><p class=\"conclusion\">").Append(Html.Encode(Word(report.Conclusion))).Append("</p>")
            .Append("<p>依据政策：").Append(Html.Encode($"{report.Policy.Title}（{report.Policy.Id}，版本 {report.Policy.Version}；{report.Policy.Source}）")).Append("</p>")
            .Append("<p>本报告供民政部门审核参考，是否给予救助由民政部门依法作出决定。</p>");

        page.Append("<h2>签名与验证</h2>");
        Table(page, null,
        [
            ["签名密钥编号 (kid)", report.SigningKeyId],
            ["审计检查点", report.AuditCheckpoint is { } c ? $"#{c.Id}，序号至 {c.LastSequence}，链头 {c.HeadHash}" : "—"],
        ], hashColumn: 1);
        page.Append("<p>验证方法：以 <code>Accept: application/json</code> 获取本报告的 JSON 信封（含 jws），提交至 ")
            .Append("<code>POST /api/v1/reports/verify</code>，或使用 <code>/.well-known/jwks.json</code> 公布的公钥以任意标准 JOSE 库离线验证 ES256 签名。</p>")
            .Append("</body></html>");
        return page.ToString();
    }

    private static string Word(string code) => Words.GetValueOrDefault(code, code);

    private static void Table(StringBuilder page, string[]? headers, IEnumerable<string[]> rows, int hashColumn = -1)
    {
        page.Append("<table>");
        if (headers is not null) page.Append("<tr>").AppendJoin("", headers.Select(h => $"<th>{Html.Encode(h)}</th>")).Append("</tr>");
        foreach (var row in rows)
        {
            page.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
                page.Append(i == hashColumn ? "<td class=\"hash\">" : headers is null && i == 0 ? "<th>" : "<td>")
                    .Append(Html.Encode(row[i]))
                    .Append(headers is null && i == 0 ? "</th>" : "</td>");
            page.Append("</tr>");
        }
        page.Append("</table>");
    }
}
