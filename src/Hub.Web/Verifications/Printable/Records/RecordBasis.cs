using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>The records a figure rests on, in words, numbered as the record tables number them: 纳税记录·月度收入 第1–12条.</summary>
internal static class RecordBasis
{
    public static string Describe(IEnumerable<RecordReference> basis) =>
        string.Join("；", basis.Select(b => $"{SourceWords.Names[b.Source]}·{Title(b.Collection)} 第{Format.Runs(b.Records)}条"));

    private static string Title(string collection) =>
        RecordTables.All.FirstOrDefault(t => t.Collection == collection)?.Title ?? collection;
}
