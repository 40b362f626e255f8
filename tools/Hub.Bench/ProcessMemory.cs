using System.Globalization;

namespace Hub.Bench;

/// <summary>Peak and current resident memory of a process, from /proc (Linux only).</summary>
public sealed record ProcessMemory(int Pid, string Name, double? PeakMb, double? CurrentMb)
{
    public static ProcessMemory Read(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status)) return new ProcessMemory(pid, "(gone)", null, null);
        var lines = File.ReadAllLines(status);
        return new ProcessMemory(pid, ProcessNames.For(pid), Kb(lines, "VmHWM:"), Kb(lines, "VmRSS:"));
    }

    private static double? Kb(string[] lines, string key)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var digits = line?[key.Length..].Trim().Split(' ')[0];
        return double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb / 1024 : null;
    }
}
