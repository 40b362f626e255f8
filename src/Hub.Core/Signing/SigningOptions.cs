namespace Hub.Core.Signing;

/// <summary>
/// Section <c>Signing</c>. With <see cref="CurrentKeyPath"/> set the keys come from PEM files (production);
/// otherwise from <see cref="KeyFolder"/>, where the embedded mode creates its key on first run.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    public string KeyFolder { get; set; } = ".hub-data/signing";
    /// <summary>PEM of the private key that signs new reports.</summary>
    public string? CurrentKeyPath { get; set; }
    /// <summary>PEMs (private or public) of earlier keys, kept so reports they signed still verify.</summary>
    public List<string> RetiredKeyPaths { get; set; } = [];
}
