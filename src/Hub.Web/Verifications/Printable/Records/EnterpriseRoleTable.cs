using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>市场主体登记: each enterprise a member represents, owns a share of or manages.</summary>
internal static class EnterpriseRoleTable
{
    public static readonly Vocabulary Roles = new(new Dictionary<string, string>
    {
        [EnterpriseRoles.LegalRepresentative] = "法定代表人", [EnterpriseRoles.Shareholder] = "股东", [EnterpriseRoles.SeniorManager] = "高级管理人员",
    });

    public static readonly Vocabulary Statuses = new(new Dictionary<string, string>
    {
        [EnterpriseStatuses.Active] = "存续（在业）", [EnterpriseStatuses.Revoked] = "吊销", [EnterpriseStatuses.Deregistered] = "注销",
    });

    public static readonly RecordTable Table = RecordTable.Of("enterpriseRoles", "企业任职及持股",
        [
            Column.Word("成员"), new("企业名称"), new("统一社会信用代码"), Column.Word("身份"), Column.Figure("持股比例"),
            Column.Figure("注册资本（元）"), Column.Word("登记状态"),
        ],
        r => r.EnterpriseRoles,
        (e, members) =>
            [members[e.MemberPosition], e.EnterpriseName, e.CreditCode, Roles[e.Role], e.Share is { } share ? Format.Share(share) : Format.Missing,
             Format.Money(e.RegisteredCapitalCny), Statuses[e.Status]]);
}
