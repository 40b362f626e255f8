using System.Globalization;

namespace Hub.Bench;

/// <summary>Prints the figures of the measured phase: human-readable lines plus one greppable RESULT line (invariant culture, set by Program).</summary>
public static class RunReport
{
    public static void Print(
        BenchOptions options, Outcome[] outcomes, TimeSpan elapsed, IReadOnlyDictionary<Guid, DateTimeOffset>? askedAt,
        IReadOnlyList<ProcessMemory> memory, CpuSample cpuBefore, CpuSample cpuAfter)
    {
        var finished = outcomes.Where(o => o.Kind != OutcomeKind.Error).ToList();
        var errors = outcomes.Where(o => o.Kind == OutcomeKind.Error).ToList();
        var partials = outcomes.Count(o => o.Kind == OutcomeKind.Partial);
        // Partial verifications are finished ones a caller waited for too, so they count in the latency.
        var latency = new LatencyStats(finished.Select(o => o.Latency));
        var throughput = finished.Count / elapsed.TotalSeconds;

        Line($"verifications: {outcomes.Length} ({options.LoadDescription}), household of {options.Members}, sources {(options.Sources is null ? "all (null)" : string.Join(",", options.Sources))}, poll every {options.PollInterval.TotalMilliseconds:0} ms");
        Line($"finished: {finished.Count}  partial: {partials}  errors: {errors.Count}");
        Line($"latency ms: median {latency.Median:0.0}  p95 {latency.Percentile(95):0.0}  p99 {latency.Percentile(99):0.0}  max {latency.Max:0.0}  (min {latency.Min:0.0})");
        Line($"throughput: {throughput:0.0} verifications/s over {elapsed.TotalSeconds:0.00} s");
        if (finished.Count > 0)
        {
            Line($"requests per verification: 1 submit + {finished.Average(o => o.Polls):0.0} status polls (mean) + 1 report");
            Line("phases (median / p95 ms):");
            foreach (var (phase, stats) in PhaseBreakdown.Of(finished, askedAt))
                if (stats.Count > 0) Line($"  {phase,-58} {stats.Median,7:0.0} / {stats.Percentile(95),7:0.0}");
        }
        foreach (var m in memory)
            Line($"memory pid {m.Pid} {m.Name}: peak RSS {Mb(m.PeakMb)} MB, current RSS {Mb(m.CurrentMb)} MB");
        foreach (var line in CpuReport.Lines(options, cpuBefore, cpuAfter, finished.Count)) Line(line);
        foreach (var group in errors.GroupBy(e => e.Error).OrderByDescending(g => g.Count()).Take(5))
            Line($"error x{group.Count()}: {group.Key}");

        var load = options.Rate is { } r ? $"rate={r.ToString("0.##", CultureInfo.InvariantCulture)}" : $"c={options.Concurrency}";
        var peaks = string.Join(" ", memory.Select(m => $"{Path.GetFileNameWithoutExtension(m.Name)}_peak_mb={Mb(m.PeakMb)}"));
        Line($"RESULT {load} n={outcomes.Length} members={options.Members} sources={(options.Sources is null ? "all" : string.Join(",", options.Sources))} errors={errors.Count} partial={partials} " +
             $"p50={latency.Median:0.0} p95={latency.Percentile(95):0.0} p99={latency.Percentile(99):0.0} max={latency.Max:0.0} " +
             $"tput={throughput:0.0} {peaks}".TrimEnd());
    }

    private static string Mb(double? value) => value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "?";

    private static void Line(string text) => Console.WriteLine(text);
}
