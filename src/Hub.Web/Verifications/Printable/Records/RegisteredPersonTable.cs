using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>
/// 户籍: who the register lists in each household a member belongs or belonged to. A person the household did not
/// declare gave no consent and shows only masked, marked 未申报.
/// </summary>
internal static class RegisteredPersonTable
{
    public static readonly Vocabulary Relations = new(new Dictionary<string, string>
    {
        [RegistryRelations.Head] = "户主", [RegistryRelations.Spouse] = "配偶", [RegistryRelations.Child] = "子女",
        [RegistryRelations.Parent] = "父母", [RegistryRelations.Sibling] = "兄弟姐妹", [RegistryRelations.Grandparent] = "祖父母/外祖父母",
        [RegistryRelations.Grandchild] = "孙子女/外孙子女", [RegistryRelations.Other] = "其他",
    });

    public static readonly Vocabulary Statuses = new(new Dictionary<string, string>
    {
        [RegistrationStatuses.Registered] = "在册", [RegistrationStatuses.Deceased] = "死亡注销", [RegistrationStatuses.MovedOut] = "迁出",
    });

    public static readonly RecordTable Table = RecordTable.Of("registeredPersons", "户籍登记人员",
        [Column.Word("户别"), new("人员"), Column.Word("与户主关系"), Column.Word("登记状态"), Column.Word("变动日期")],
        r => r.RegisteredPersons,
        (p, members) =>
            [
                $"第{Format.Count(p.Household)}户",
                p.MemberPosition is { } position ? members[position] : $"{p.NameMasked}（{p.IdNumberMasked}，未申报）",
                Relations[p.Relation], Statuses[p.Status], Format.Date(p.StatusOn),
            ],
        inMetrics: false);
}
