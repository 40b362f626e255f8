namespace Hub.Bench;

/// <summary>
/// Where a verification's time went, from the hub's own timestamps (API, workers and simulator share
/// this machine's clock). Each row is a separate distribution, so medians need not add up to the total.
/// </summary>
public static class PhaseBreakdown
{
    public static IReadOnlyList<(string Phase, LatencyStats Stats)> Of(
        IReadOnlyList<Outcome> finished, IReadOnlyDictionary<Guid, DateTimeOffset>? askedAt)
    {
        var rows = new List<(string, LatencyStats)>
        {
            ("submit (POST → 202, client)", new LatencyStats(finished.Select(o => o.Submit))),
        };
        if (askedAt is { Count: > 0 })
        {
            rows.Add(("accepted → department asked (outbox, broker, adapter)", Span(finished, o => o.AcceptedAt, o => Asked(o, askedAt))));
            rows.Add(("department asked → answered (simulator + mapping)", Span(finished, o => Asked(o, askedAt), o => o.SourcesFinishedAt)));
        }
        else
        {
            rows.Add(("accepted → departments answered", Span(finished, o => o.AcceptedAt, o => o.SourcesFinishedAt)));
        }
        rows.Add(("answered → completed (result message, aggregator)", Span(finished, o => o.SourcesFinishedAt, o => o.CompletedAt)));
        rows.Add(("completed → seen by poll (commit, poll interval)", Span(finished, o => o.CompletedAt, o => o.SeenAt)));
        return rows;
    }

    private static DateTimeOffset? Asked(Outcome outcome, IReadOnlyDictionary<Guid, DateTimeOffset> askedAt) =>
        askedAt.TryGetValue(outcome.Id, out var at) ? at : null;

    private static LatencyStats Span(IEnumerable<Outcome> outcomes, Func<Outcome, DateTimeOffset?> from, Func<Outcome, DateTimeOffset?> to) =>
        new(outcomes.Select(o => (from(o), to(o))).Where(p => p.Item1 is not null && p.Item2 is not null)
            .Select(p => p.Item2!.Value - p.Item1!.Value));
}
