namespace Hub.Core.Protection;

/// <summary>Where a master key comes from: a file or an environment variable, holding 32 bytes in base64.</summary>
public sealed class MasterKeySource
{
    public string? File { get; set; }
    public string? Variable { get; set; }
}
