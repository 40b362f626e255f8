using Hub.Core.Catalog;

namespace Hub.Web.Verifications.Printable;

/// <summary>The words of the submission: assistance type, residence, relation to the applicant, declared work.</summary>
internal static class HouseholdWords
{
    public static readonly Vocabulary AssistanceTypes = new(new Dictionary<string, string>
    {
        ["minimum_living"] = "最低生活保障", ["extreme_poverty"] = "特困人员救助供养", ["temporary"] = "临时救助",
        ["low_income"] = "低收入人口认定", ["expenditure_hardship"] = "支出型困难家庭救助",
    });

    public static readonly Vocabulary Residences = new(new Dictionary<string, string> { ["urban"] = "城镇", ["rural"] = "农村" });

    public static readonly Vocabulary Relations = new(new Dictionary<string, string>
    {
        [HubCatalog.Applicant] = "申请人", ["spouse"] = "配偶", ["child"] = "子女", ["parent"] = "父母", ["sibling"] = "兄弟姐妹",
        ["grandparent"] = "祖父母/外祖父母", ["grandchild"] = "孙子女/外孙子女", ["other"] = "其他",
    });

    public static readonly Vocabulary Employments = new(new Dictionary<string, string>
    {
        [Contracts.Api.Employments.Employed] = "已就业", [Contracts.Api.Employments.Flexible] = "灵活就业",
        [Contracts.Api.Employments.SelfEmployed] = "自谋职业、自主创业", [Contracts.Api.Employments.None] = "未就业",
    });

    public static string Jurisdiction(string code) =>
        HubCatalog.Jurisdictions.TryGetValue(code, out var name) ? $"{name}（{code}）" : code;
}
