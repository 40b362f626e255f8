using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>不动产登记: where each property is, its use, its area and the member's share, and where that share comes from.</summary>
internal static class PropertyTable
{
    public static readonly Vocabulary Uses = new(new Dictionary<string, string>
    {
        [PropertyUses.Residential] = "住宅", [PropertyUses.Commercial] = "商业", [PropertyUses.Industrial] = "工业", [PropertyUses.Other] = "其他",
    });

    public static readonly Vocabulary ShareBases = new(new Dictionary<string, string>
    {
        [PropertyShareBases.Registered] = "登记份额", [PropertyShareBases.Sole] = "单独所有",
        [PropertyShareBases.JointEqual] = "共同共有，按户内共有人均分",
    });

    public static readonly RecordTable Table = RecordTable.Of("properties", "不动产",
        [
            Column.Word("权利人"), new("不动产权证号"), new("坐落"), Column.Word("用途"), Column.Figure("建筑面积（㎡）"),
            new("产权份额"), Column.Word("登记日期"),
        ],
        r => r.Properties,
        (p, members) =>
            [
                members[p.MemberPosition], p.CertificateNumber, p.Address, Uses[p.Use], Format.Number(p.AreaSqm),
                $"{Format.Share(p.Share)}（{ShareBases[p.ShareBasis]}）", Format.Date(p.AcquiredOn),
            ]);
}
