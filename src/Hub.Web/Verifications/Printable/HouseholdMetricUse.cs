using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable;

/// <summary>Which metrics each record went into, read from the metrics' <see cref="ReportMetric.Basis"/>.</summary>
internal sealed class HouseholdMetricUse
{
    private readonly Dictionary<(string Source, string Collection, int Record), List<string>> metrics = [];
    /// <summary>Sources a metric needed but could not be computed for: their records went into nothing yet, decided or not.</summary>
    private readonly HashSet<string> undecided;

    public HouseholdMetricUse(IReadOnlyList<ReportMetric> all)
    {
        foreach (var metric in all)
        foreach (var basis in metric.Basis)
        foreach (var record in basis.Records)
        {
            var key = (basis.Source, basis.Collection, record);
            if (!metrics.TryGetValue(key, out var names)) metrics[key] = names = [];
            names.Add(HouseholdMetricWords.Names[metric.Name]);
        }
        undecided = all.Where(m => m.Value is null).SelectMany(m => m.Sources).ToHashSet();
    }

    /// <summary>
    /// The metrics' names; or that the record counted in none (e.g. an income category the policy leaves out); or, when a
    /// metric of its source could not be computed because another source did not answer, that it was not assessed
    /// rather than left out.
    /// </summary>
    public string Of(string source, string collection, int record) =>
        metrics.TryGetValue((source, collection, record), out var names) ? string.Join("、", names)
        : undecided.Contains(source) ? "未能核算"
        : "不计入";
}
