using Hub.Contracts.Api;
using Hub.Contracts.Records;

namespace Hub.Core.HouseholdMetrics;

/// <summary>Selects the records a metric counts, remembering where in each source's list they sit.</summary>
internal sealed class RecordPicker(IReadOnlyDictionary<string, CanonicalRecords?> recordsBySource)
{
    public Picked<T> Pick<T>(string source, string collection, Func<CanonicalRecords, IReadOnlyList<T>> list, Func<T, bool> counts)
    {
        if (recordsBySource.GetValueOrDefault(source) is not { } records) return new Picked<T>(source, null, []);
        var all = list(records);
        var indices = Enumerable.Range(0, all.Count).Where(i => counts(all[i])).ToList();
        IReadOnlyList<RecordReference> basis = indices.Count == 0 ? [] : [new RecordReference(source, collection, indices)];
        return new Picked<T>(source, indices.Select(i => all[i]).ToList(), basis);
    }

    /// <summary>A metric over two collections of the same source.</summary>
    public static ReportMetric Combine<TA, TB>(string name, string unit, Picked<TA> a, Picked<TB> b,
        Func<IReadOnlyList<TA>, IReadOnlyList<TB>, decimal> value) =>
        new(name, a.Items is { } first && b.Items is { } second ? value(first, second) : null, unit,
            [.. new[] { a.Source, b.Source }.Distinct()], [.. a.Basis, .. b.Basis]);
}
