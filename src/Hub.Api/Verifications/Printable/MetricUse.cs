using Hub.Contracts.Api;

namespace Hub.Api.Verifications.Printable;

/// <summary>Which metrics each record went into, read from the metrics' <see cref="ReportMetric.Basis"/>.</summary>
internal sealed class MetricUse
{
    private readonly Dictionary<(string Source, string Collection, int Record), List<string>> metrics = [];

    public MetricUse(IEnumerable<ReportMetric> all)
    {
        foreach (var metric in all)
        foreach (var basis in metric.Basis)
        foreach (var record in basis.Records)
        {
            var key = (basis.Source, basis.Collection, record);
            if (!metrics.TryGetValue(key, out var names)) metrics[key] = names = [];
            names.Add(MetricWords.Names[metric.Name]);
        }
    }

    /// <summary>The metrics' names, or that the record counted in none (e.g. an income category the policy leaves out).</summary>
    public string Of(string source, string collection, int record) =>
        metrics.TryGetValue((source, collection, record), out var names) ? string.Join("、", names) : "不计入";
}
