namespace Hub.Bench;

/// <summary>A readable name for a process: the .dll a <c>dotnet x.dll</c> process runs, otherwise its executable.</summary>
public static class ProcessNames
{
    public static string For(int pid)
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
}
