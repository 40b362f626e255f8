using System.Diagnostics.Metrics;

namespace Hub.IntegrationTests.Adapters.Sdk;

/// <summary>
/// Listens to Polly's own meter (<c>Polly</c>, instrument <c>resilience.polly.strategy.events</c>), as an OpenTelemetry
/// exporter would. Polly's meter is one per process, not per host: use it only in tests that run alone.
/// </summary>
public sealed class PollyEvents : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly List<Dictionary<string, object?>> events = [];

    public PollyEvents()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Meter.Name: "Polly", Name: "resilience.polly.strategy.events" }) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            var tagged = new Dictionary<string, object?>();
            foreach (var tag in tags) tagged[tag.Key] = tag.Value;
            lock (events) events.AddRange(Enumerable.Repeat(tagged, value));
        });
        listener.Start();
    }

    /// <summary>The events of this name from one source's pipeline, with all their tags.</summary>
    public List<Dictionary<string, object?>> Of(string eventName, string pipeline, string source)
    {
        lock (events)
            return events.Where(e => Equals(e.GetValueOrDefault("event.name"), eventName)
                && Equals(e.GetValueOrDefault("pipeline.name"), pipeline) && Equals(e.GetValueOrDefault("pipeline.instance"), source)).ToList();
    }

    public void Dispose() => listener.Dispose();
}
