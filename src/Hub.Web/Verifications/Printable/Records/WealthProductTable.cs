using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>理财、基金、证券 held through a bank.</summary>
internal static class WealthProductTable
{
    public static readonly Vocabulary Types = new(new Dictionary<string, string>
    {
        [WealthProductTypes.WealthManagement] = "理财产品", [WealthProductTypes.Fund] = "基金", [WealthProductTypes.Securities] = "证券（含国债）",
    });

    public static readonly RecordTable Table = RecordTable.Of("wealthProducts", "理财、基金及证券",
        [Column.Word("持有人"), new("机构"), new("产品名称"), Column.Word("产品类型"), Column.Figure("市值（元）")],
        r => r.WealthProducts,
        (p, members) => [members[p.MemberPosition], p.Bank, p.ProductName, Types[p.ProductType], Format.Money(p.ValueCny)]);
}
