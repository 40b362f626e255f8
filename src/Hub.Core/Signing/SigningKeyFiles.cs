using System.Security.Cryptography;
using Hub.Core.Protection;

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
        OwnerOnlyFiles.CreateFolder(retiredFolder);
        var current = Path.Combine(folder, CurrentFileName);
        if (!File.Exists(current)) OwnerOnlyFiles.CreateOnce(current, SigningKey.Generate().ExportPrivatePem());
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
}
