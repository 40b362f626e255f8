using System.Globalization;

namespace Hub.Bench;

/// <summary>Parent and CPU ticks (utime + stime) of every process, from /proc/*/stat.</summary>
public static class ProcessTable
{
    public static Dictionary<int, (int Parent, long Ticks)> Read()
    {
        var table = new Dictionary<int, (int, long)>();
        if (!Directory.Exists("/proc")) return table;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // The command name may contain spaces and parentheses; the fields after its last ')' are fixed.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                table[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture),
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        return table;
    }
}
