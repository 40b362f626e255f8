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
        return new ProcessMemory(pid, CommandName(pid), Kb(lines, "VmHWM:"), Kb(lines, "VmRSS:"));
    }

    /// <summary>The .dll a <c>dotnet x.dll</c> process runs, otherwise the executable's name.</summary>
    private static string CommandName(int pid)
    {
        try
        {
            var args = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var dll = args.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
            return Path.GetFileName(dll ?? args.FirstOrDefault() ?? "?");
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static double? Kb(string[] lines, string key)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var digits = line?[key.Length..].Trim().Split(' ')[0];
        return double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb / 1024 : null;
    }
}
