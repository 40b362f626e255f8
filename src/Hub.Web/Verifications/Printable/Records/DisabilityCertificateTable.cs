using Hub.Contracts.Records;
using Hub.Core.Policies;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>残疾人证: each certificate the disabled persons' federation holds for a member, by its last four characters only.</summary>
internal static class DisabilityCertificateTable
{
    public static readonly Vocabulary Categories = new(new Dictionary<string, string>
    {
        [DisabilityCategories.Visual] = "视力残疾", [DisabilityCategories.Hearing] = "听力残疾", [DisabilityCategories.Speech] = "言语残疾",
        [DisabilityCategories.Physical] = "肢体残疾", [DisabilityCategories.Intellectual] = "智力残疾", [DisabilityCategories.Mental] = "精神残疾",
        [DisabilityCategories.Multiple] = "多重残疾",
    });

    public static readonly Vocabulary Statuses = new(new Dictionary<string, string>
    {
        [CertificateStatuses.Valid] = "有效", [CertificateStatuses.Expired] = "过期", [CertificateStatuses.Cancelled] = "注销",
    });

    public static readonly RecordTable Table = RecordTable.Of("disabilityCertificates", "残疾人证",
        [
            Column.Word("持证人"), Column.Word("证号"), Column.Word("残疾类别"), Column.Word("残疾等级"), Column.Word("证件状态"),
            Column.Word("发证日期"), Column.Word("有效期至"),
        ],
        r => r.DisabilityCertificates,
        (c, members) =>
            [
                members[c.MemberPosition], Format.LastFour(c.CertificateNumberMasked), Categories[c.Category], MemberConditions.Grade(c.Grade),
                Statuses[c.Status], Format.Date(c.IssuedOn), Format.Date(c.ValidUntil),
            ],
        inMetrics: false);
}
