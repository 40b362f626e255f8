using Hub.Core.Signing;

namespace Hub.UnitTests.Core.Signing;

/// <summary>Production takes its keys from configured PEM files and refuses to load without them.</summary>
public sealed class When_keys_are_configured : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-keys-").FullName;

    private string Write(string name, string pem)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, pem);
        return path;
    }

    [Fact]
    public void Production_needs_a_current_key_path()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SigningKeyFiles.Load(new SigningOptions { KeyFolder = folder }, allowGeneratedKey: false));

        Assert.Contains("Signing:CurrentKeyPath", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void A_missing_key_file_is_named()
    {
        var path = Path.Combine(folder, "absent.pem");
        var error = Assert.Throws<InvalidOperationException>(() =>
            SigningKeyFiles.Load(new SigningOptions { CurrentKeyPath = path }, allowGeneratedKey: false));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_public_key_cannot_sign()
    {
        var path = Write("public.pem", SigningKey.Generate().Ecdsa.ExportSubjectPublicKeyInfoPem());
        var error = Assert.Throws<InvalidOperationException>(() =>
            SigningKeyFiles.Load(new SigningOptions { CurrentKeyPath = path }, allowGeneratedKey: false));
        Assert.Contains("no private key", error.Message);
    }

    [Fact]
    public void Retired_keys_may_be_public_only()
    {
        var current = SigningKey.Generate();
        var retired = SigningKey.Generate();
        var keys = SigningKeyFiles.Load(new SigningOptions
        {
            CurrentKeyPath = Write("current.pem", current.ExportPrivatePem()),
            RetiredKeyPaths = [Write("old.pem", retired.Ecdsa.ExportSubjectPublicKeyInfoPem())],
        }, allowGeneratedKey: false);

        Assert.Equal([current.Kid, retired.Kid], keys.Published.Select(k => k.Kid));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
