using Hub.Contracts.Api;

namespace Hub.Core.HouseholdMetrics;

/// <summary>The records of one source a metric counts.</summary>
/// <param name="Items">Null when the source did not answer.</param>
internal sealed record Picked<T>(string Source, IReadOnlyList<T>? Items, IReadOnlyList<RecordReference> Basis)
{
    public ReportMetric Metric(string name, string unit, Func<IReadOnlyList<T>, decimal> value) =>
        new(name, Items is null ? null : value(Items), unit, [Source], Basis);
}
