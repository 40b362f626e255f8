using System.Security.Cryptography;

namespace Hub.Core.Signing;

/// <summary>
/// Loads the key ring from PEM files. Folder layout (embedded mode): <c>current.pem</c> signs, every
/// <c>retired/*.pem</c> still verifies. Rotating is moving <c>current.pem</c> into <c>retired/</c> and restarting.
/// </summary>
public static class SigningKeyFiles
{
    public const string CurrentFileName = "current.pem";
    public const string RetiredFolderName = "retired";

    public static SigningKeys Load(SigningOptions options, bool allowGeneratedKey)
    {
        var retired = options.RetiredKeyPaths.Select(ReadKey).ToList();
        if (!string.IsNullOrWhiteSpace(options.CurrentKeyPath))
            return new SigningKeys(ReadCurrent(options.CurrentKeyPath), retired);
        if (!allowGeneratedKey)
            throw new InvalidOperationException("Signing:CurrentKeyPath must name the PEM of the report signing key.");

        var folder = Path.GetFullPath(options.KeyFolder);
        var retiredFolder = Path.Combine(folder, RetiredFolderName);
        Directory.CreateDirectory(retiredFolder);
        var current = Path.Combine(folder, CurrentFileName);
        if (!File.Exists(current)) CreateKeyFile(current);
        retired.AddRange(Directory.EnumerateFiles(retiredFolder, "*.pem").Order(StringComparer.Ordinal).Select(ReadKey));
        return new SigningKeys(ReadCurrent(current), retired);
    }

    private static SigningKey ReadCurrent(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"The report signing key {path} does not exist.");
        var key = ReadKey(path);
        if (!key.HasPrivateKey()) throw new InvalidOperationException($"The report signing key {path} holds no private key.");
        return key;
    }

    private static SigningKey ReadKey(string path)
    {
        try
        {
            return SigningKey.FromPem(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the signing key {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a fresh key readable by the owner only; a process racing to do the same keeps the winner's key.</summary>
    private static void CreateKeyFile(string path)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temporary, file))
            writer.Write(SigningKey.Generate().ExportPrivatePem());
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
