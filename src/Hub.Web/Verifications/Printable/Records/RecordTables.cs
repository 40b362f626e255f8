using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>Every list of <see cref="CanonicalRecords"/>, in the order the page shows them; a new record kind is one more file and one more line here.</summary>
internal static class RecordTables
{
    public static readonly IReadOnlyList<RecordTable> All =
    [
        IncomeTable.Table, PensionTable.Table, UnemploymentBenefitTable.Table, InsuranceContributionTable.Table,
        PropertyTable.Table, VehicleTable.Table, HousingFundTable.Table,
        BankAccountTable.Table, WealthProductTable.Table, LargeOutflowTable.Table, EnterpriseRoleTable.Table,
        RegisteredPersonTable.Table, DisabilityCertificateTable.Table,
    ];

    public static int Count(CanonicalRecords records) => All.Sum(t => t.Count(records));

    /// <summary>Each non-empty list of one source's records, numbered as the metrics cite them.</summary>
    public static void Write(PageWriter page, string source, CanonicalRecords records, MemberNames members, HouseholdMetricUse use)
    {
        foreach (var table in All.Where(t => t.Count(records) > 0))
            page.Heading(4, $"{table.Title}（{Format.Count(table.Count(records))} 条）")
                .Table([Column.Figure("序号"), .. table.Columns, .. table.InMetrics ? new[] { new Column("计入指标") } : []],
                    table.Rows(records, members).Select((cells, i) => (IReadOnlyList<string>)
                        [Format.Count(i + 1), .. cells, .. table.InMetrics ? new[] { use.Of(source, table.Collection, i) } : []]),
                    "records");
    }
}
