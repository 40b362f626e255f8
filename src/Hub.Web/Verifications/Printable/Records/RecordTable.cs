using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>
/// One list of <see cref="CanonicalRecords"/> as a table: its title, its columns and one row per record, with the
/// record kind's codes in Chinese. The page adds the record number (as the metrics cite it) and the metrics it went into.
/// </summary>
/// <param name="Collection">The list's name in the report, as <see cref="Contracts.Api.RecordReference.Collection"/> gives it.</param>
/// <param name="InMetrics">Whether the metrics count records of this kind, so the page says which ones each went into.
/// Contributions, the register and certificates inform findings and checks, never a metric.</param>
internal sealed record RecordTable(
    string Collection, string Title, IReadOnlyList<Column> Columns,
    Func<CanonicalRecords, int> Count, Func<CanonicalRecords, MemberNames, IEnumerable<string[]>> Rows, bool InMetrics)
{
    public static RecordTable Of<T>(
        string collection, string title, Column[] columns, Func<CanonicalRecords, IReadOnlyList<T>> list, Func<T, MemberNames, string[]> row,
        bool inMetrics = true) =>
        new(collection, title, columns, records => list(records).Count, (records, members) => list(records).Select(r => row(r, members)), inMetrics);
}
