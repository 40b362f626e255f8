using System.Runtime.InteropServices;

namespace Hub.Bench;

/// <summary>One line that says what machine the figures come from, so they are never quoted without it.</summary>
public static class MachineInfo
{
    public static string Summary()
    {
        var cpuinfo = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        var cpus = cpuinfo.Count(l => l.StartsWith("processor", StringComparison.Ordinal));
        var model = cpuinfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memoryGb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        // Other work on the box skews every figure; the load average before the run shows it.
        var load = File.Exists("/proc/loadavg") ? string.Join('/', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        return $"machine: cpus={cpus} ProcessorCount={Environment.ProcessorCount} cpu=\"{model}\" mem={memoryGb:0.#}GB " +
               $"os=\"{RuntimeInformation.OSDescription}\" runtime={RuntimeInformation.FrameworkDescription} load1/5/15={load}";
    }
}
