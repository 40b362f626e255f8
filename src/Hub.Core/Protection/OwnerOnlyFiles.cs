namespace Hub.Core.Protection;

/// <summary>Folders (700) and files (600) that only the hub's own user may read: keys and the SQLite database.</summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and any missing parents owner-only; folders that exist keep their mode.</summary>
    public static void CreateFolder(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return;
        // One level at a time: Directory.CreateDirectory gives the mode to the last folder only, not to the parents it creates.
        if (Path.GetDirectoryName(full) is { } parent) CreateFolder(parent);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(full);
        else Directory.CreateDirectory(full, FolderMode);
    }

    /// <summary>Writes a new file readable by the owner only, unless it exists; a process racing to do the same keeps the winner's file.</summary>
    public static void CreateOnce(string path, string contents)
    {
        if (File.Exists(path)) return;
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode600;
        using (var writer = new StreamWriter(temporary, options))
            writer.Write(contents);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
