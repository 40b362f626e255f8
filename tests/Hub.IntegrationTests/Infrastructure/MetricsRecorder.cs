using System.Diagnostics.Metrics;
using Hub.Adapters.Sdk;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Listens to the department meter, as an OpenTelemetry exporter would.</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly List<(string Instrument, string? Department, long Value)> measurements = [];

    /// <param name="services">Only the meter of this host (its <see cref="IMeterFactory"/>), when other test hosts run in the same process.</param>
    public MetricsRecorder(IServiceProvider? services = null)
    {
        var scope = services?.GetService(typeof(IMeterFactory));
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DepartmentMetrics.MeterName && (scope is null || instrument.Meter.Scope == scope))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? department = null;
            foreach (var tag in tags) if (tag.Key == "department") department = tag.Value as string;
            lock (measurements) measurements.Add((instrument.Name, department, value));
        });
        listener.Start();
    }

    public long Sum(string instrument)
    {
        lock (measurements) return measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);
    }

    public long Sum(string instrument, string department)
    {
        lock (measurements) return measurements.Where(m => m.Instrument == instrument && m.Department == department).Sum(m => m.Value);
    }

    public void Dispose() => listener.Dispose();
}
