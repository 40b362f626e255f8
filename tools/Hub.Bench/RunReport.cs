using System.Diagnostics;
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

        Line($"verifications: {outcomes.Length} ({options.LoadDescription}), household of {options.Members}, poll every {options.PollInterval.TotalMilliseconds:0} ms");
        Line($"finished: {finished.Count}  partial: {partials}  errors: {errors.Count}");
        Line($"latency ms: median {latency.Median:0.0}  p95 {latency.Percentile(95):0.0}  p99 {latency.Percentile(99):0.0}  max {latency.Max:0.0}  (min {latency.Min:0.0})");
        Line($"throughput: {throughput:0.0} verifications/s over {elapsed.TotalSeconds:0.00} s");
        if (finished.Count > 0)
        {
            Line("phases (median / p95 ms):");
            foreach (var (phase, stats) in PhaseBreakdown.Of(finished, askedAt))
                if (stats.Count > 0) Line($"  {phase,-58} {stats.Median,7:0.0} / {stats.Percentile(95),7:0.0}");
        }
        foreach (var m in memory)
            Line($"memory pid {m.Pid} {m.Name}: peak RSS {Mb(m.PeakMb)} MB, current RSS {Mb(m.CurrentMb)} MB");
        PrintCpu(options.Pids.Concat(options.CpuPids).Distinct().ToList(), options.Pids, cpuBefore, cpuAfter, finished.Count);
        foreach (var group in errors.GroupBy(e => e.Error).OrderByDescending(g => g.Count()).Take(5))
            Line($"error x{group.Count()}: {group.Key}");

        var load = options.Rate is { } r ? $"rate={r.ToString("0.##", CultureInfo.InvariantCulture)}" : $"c={options.Concurrency}";
        var peaks = string.Join(" ", memory.Select(m => $"{Path.GetFileNameWithoutExtension(m.Name)}_peak_mb={Mb(m.PeakMb)}"));
        Line($"RESULT {load} n={outcomes.Length} members={options.Members} errors={errors.Count} partial={partials} " +
             $"p50={latency.Median:0.0} p95={latency.Percentile(95):0.0} p99={latency.Percentile(99):0.0} max={latency.Max:0.0} " +
             $"tput={throughput:0.0} {peaks}".TrimEnd());
    }

    /// <summary>CPU use over the measured phase in % of one core, and the hub's CPU time per finished verification.</summary>
    private static void PrintCpu(List<int> pids, IReadOnlyList<int> hubPids, CpuSample before, CpuSample after, int finished)
    {
        var wall = Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp).TotalSeconds;
        string Pct(double seconds) => double.IsNaN(seconds) ? "?" : $"{100 * seconds / wall:0}%";
        var used = pids.Select(p => (Pid: p, Name: ProcessNames.For(p), Seconds: after.ProcessSeconds[p] - before.ProcessSeconds[p])).ToList();
        var bench = after.BenchSeconds - before.BenchSeconds;
        var machine = after.MachineBusySeconds - before.MachineBusySeconds;
        var rest = machine - bench - used.Where(u => !double.IsNaN(u.Seconds)).Sum(u => u.Seconds);
        Line($"cpu (100% = one core, of {100 * Environment.ProcessorCount}%): machine {Pct(machine)}, " +
             string.Concat(used.Select(u => $"{u.Name} {Pct(u.Seconds)}, ")) + $"Hub.Bench {Pct(bench)}, the rest {Pct(rest)}");
        if (finished == 0) return;
        Line("cpu ms per verification: " +
             string.Concat(used.Select(u => $"{u.Name} {1000 * u.Seconds / finished:0.0}, ")) +
             $"hub ({string.Join("+", used.Where(u => hubPids.Contains(u.Pid)).Select(u => u.Name))}) " +
             $"{1000 * used.Where(u => hubPids.Contains(u.Pid)).Sum(u => u.Seconds) / finished:0.0}, whole machine {1000 * machine / finished:0.0}");
    }

    private static string Mb(double? value) => value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "?";

    private static void Line(string text) => Console.WriteLine(text);
}
