using System.Diagnostics.Metrics;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Department call metrics (meter <c>Hub.Departments</c>), tagged with the source code: what Polly's own meter does
/// not give — HTTP attempts actually sent (Polly's attempt events also count attempts the breaker refused, and none
/// when retries are off) and whole queries by outcome. Retries and breaker changes are Polly's (meter <c>Polly</c>).
/// </summary>
public sealed class DepartmentMetrics
{
    public const string MeterName = "Hub.Departments";

    private readonly Counter<long> attempts;
    private readonly Histogram<double> queryDuration;

    public DepartmentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        attempts = meter.CreateCounter<long>("hub.department.attempts", description: "HTTP attempts sent to a department");
        queryDuration = meter.CreateHistogram<double>("hub.department.query.duration", "s", "Department queries, retries included, by outcome");
    }

    public void Attempt(string department) => attempts.Add(1, Tag(department));

    public void Query(string department, string outcome, TimeSpan duration) =>
        queryDuration.Record(duration.TotalSeconds, Tag(department), new KeyValuePair<string, object?>("outcome", outcome));

    private static KeyValuePair<string, object?> Tag(string department) => new("department", department);
}
