using System.Diagnostics;
using System.Globalization;

namespace Hub.Bench;

/// <summary>
/// CPU time used so far by the whole machine and by given processes (/proc, USER_HZ = 100 ticks/s).
/// Two samples around the measured phase tell whether the machine was saturated and who used it:
/// on a small box the hub, the broker, the database and this driver all share the same cores.
/// </summary>
public sealed record CpuSample(long Timestamp, double MachineBusySeconds, IReadOnlyDictionary<int, double> ProcessSeconds, double BenchSeconds)
{
    private const double TicksPerSecond = 100;

    public static CpuSample Take(IEnumerable<int> pids)
    {
        var table = ProcessTable.Read();
        return new CpuSample(
            Stopwatch.GetTimestamp(),
            MachineBusy(),
            pids.Distinct().ToDictionary(p => p, p => TreeSeconds(table, p)),
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }

    /// <summary>Everything but idle and iowait, summed over all cores.</summary>
    private static double MachineBusy()
    {
        if (!File.Exists("/proc/stat")) return double.NaN;
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields.Sum() - fields[3] - fields[4]) / TicksPerSecond;
    }

    /// <summary>utime + stime of a process and all its descendants (PostgreSQL runs a process per connection); NaN once it is gone.</summary>
    private static double TreeSeconds(Dictionary<int, (int Parent, long Ticks)> stats, int pid)
    {
        if (!stats.ContainsKey(pid)) return double.NaN;
        var total = 0L;
        var pending = new Stack<int>([pid]);
        while (pending.TryPop(out var current))
        {
            total += stats[current].Ticks;
            foreach (var (child, _) in stats.Where(s => s.Value.Parent == current)) pending.Push(child);
        }
        return total / TicksPerSecond;
    }
}
