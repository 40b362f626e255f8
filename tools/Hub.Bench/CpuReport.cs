using System.Diagnostics;

namespace Hub.Bench;

/// <summary>
/// CPU use over the measured phase, in % of one core, and CPU time per finished verification: on a
/// shared box this says whether the hub or something else ate the cores, and what one verification costs.
/// </summary>
public static class CpuReport
{
    public static IEnumerable<string> Lines(BenchOptions options, CpuSample before, CpuSample after, int finished)
    {
        var wall = Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp).TotalSeconds;
        string Pct(double seconds) => double.IsNaN(seconds) ? "?" : $"{100 * seconds / wall:0}%";
        var used = options.Pids.Concat(options.CpuPids).Distinct()
            .Select(p => (Pid: p, Name: ProcessNames.For(p), Seconds: after.ProcessSeconds[p] - before.ProcessSeconds[p])).ToList();
        var hub = used.Where(u => options.Pids.Contains(u.Pid)).ToList();
        var bench = after.BenchSeconds - before.BenchSeconds;
        var machine = after.MachineBusySeconds - before.MachineBusySeconds;
        // Whatever no named process used: the kernel, and anyone else's work on the machine.
        var rest = machine - bench - used.Where(u => !double.IsNaN(u.Seconds)).Sum(u => u.Seconds);

        yield return $"cpu (100% = one core, of {100 * Environment.ProcessorCount}%): machine {Pct(machine)}, " +
                     string.Concat(used.Select(u => $"{u.Name} {Pct(u.Seconds)}, ")) + $"Hub.Bench {Pct(bench)}, the rest {Pct(rest)}";
        if (finished == 0) yield break;
        string PerVerification(double seconds) => $"{1000 * seconds / finished:0.0}";
        yield return "cpu ms per verification: " + string.Concat(used.Select(u => $"{u.Name} {PerVerification(u.Seconds)}, ")) +
                     $"hub ({string.Join("+", hub.Select(u => u.Name))}) {PerVerification(hub.Sum(u => u.Seconds))}, " +
                     $"whole machine {PerVerification(machine)}";
    }
}
