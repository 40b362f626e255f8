namespace Hub.Core.Protection;

/// <summary>
/// Loads the master keys. Production names them (<c>Protection:MasterKey</c>, <c>Protection:RetiredMasterKeys</c>);
/// the embedded mode keeps <c>master.key</c> (created on first run) and <c>retired/*.key</c> in its key folder.
/// </summary>
public static class MasterKeyFiles
{
    public const string CurrentFileName = "master.key";
    public const string RetiredFolderName = "retired";

    public static MasterKeys Load(ProtectionOptions options, bool allowGeneratedKey)
    {
        var retired = options.RetiredMasterKeys.Select(Read).ToList();
        if (options.MasterKey is { } configured) return new MasterKeys(Read(configured), retired);
        if (!allowGeneratedKey)
            throw new InvalidOperationException(
                "Protection:MasterKey:File or Protection:MasterKey:Variable must name the master key that encrypts personal data at rest.");

        var folder = Path.GetFullPath(options.KeyFolder);
        var retiredFolder = Path.Combine(folder, RetiredFolderName);
        OwnerOnlyFiles.CreateFolder(retiredFolder);
        var current = Path.Combine(folder, CurrentFileName);
        OwnerOnlyFiles.CreateOnce(current, MasterKey.Generate());
        retired.AddRange(Directory.EnumerateFiles(retiredFolder, "*.key").Order(StringComparer.Ordinal).Select(ReadFile));
        return new MasterKeys(ReadFile(current), retired);
    }

    private static MasterKey Read(MasterKeySource source) => (source.File, source.Variable) switch
    {
        ({ Length: > 0 } file, null or "") => ReadFile(file),
        (null or "", { Length: > 0 } variable) => MasterKey.Parse(
            Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException($"The environment variable {variable} that should hold a master key is not set."),
            $"the environment variable {variable}"),
        _ => throw new InvalidOperationException("A master key names either a File or a Variable."),
    };

    private static MasterKey ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the master key {path}: {ex.Message}", ex);
        }
        return MasterKey.Parse(text, path);
    }
}
