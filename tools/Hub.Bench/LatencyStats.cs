namespace Hub.Bench;

/// <summary>Order statistics of a set of latencies (nearest-rank percentiles: every figure is a latency that occurred).</summary>
public sealed class LatencyStats
{
    private readonly double[] sortedMs;

    public LatencyStats(IEnumerable<TimeSpan> latencies)
    {
        sortedMs = latencies.Select(l => l.TotalMilliseconds).Order().ToArray();
    }

    public int Count => sortedMs.Length;
    public double Median => Percentile(50);
    public double Max => sortedMs.Length == 0 ? double.NaN : sortedMs[^1];
    public double Min => sortedMs.Length == 0 ? double.NaN : sortedMs[0];

    public double Percentile(double p)
    {
        if (sortedMs.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sortedMs.Length);
        return sortedMs[Math.Clamp(rank - 1, 0, sortedMs.Length - 1)];
    }
}
