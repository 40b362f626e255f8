using System.Diagnostics.Metrics;

namespace Hub.Adapters.Sdk;

/// <summary>Department call metrics (meter <c>Hub.Departments</c>), tagged with the department code.</summary>
public sealed class DepartmentMetrics
{
    public const string MeterName = "Hub.Departments";

    private readonly Counter<long> attempts;
    private readonly Counter<long> retries;
    private readonly Counter<long> breakerOpened;
    private readonly Histogram<double> queryDuration;

    public DepartmentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        attempts = meter.CreateCounter<long>("hub.department.attempts", description: "HTTP attempts sent to a department");
        retries = meter.CreateCounter<long>("hub.department.retries", description: "Attempts repeated after a transient failure");
        breakerOpened = meter.CreateCounter<long>("hub.department.breaker.opened", description: "Times a department's circuit breaker opened");
        queryDuration = meter.CreateHistogram<double>("hub.department.query.duration", "s", "Department queries, retries included, by outcome");
    }

    public void Attempt(string department) => attempts.Add(1, Tag(department));
    public void Retry(string department) => retries.Add(1, Tag(department));
    public void BreakerOpened(string department) => breakerOpened.Add(1, Tag(department));

    public void Query(string department, string outcome, TimeSpan duration) =>
        queryDuration.Record(duration.TotalSeconds, Tag(department), new KeyValuePair<string, object?>("outcome", outcome));

    private static KeyValuePair<string, object?> Tag(string department) => new("department", department);
}
