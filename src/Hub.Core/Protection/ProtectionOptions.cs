namespace Hub.Core.Protection;

/// <summary>
/// Section <c>Protection</c>: the master keys that wrap the data keys of personal data at rest. Production names
/// <see cref="MasterKey"/> (a file or an environment variable); the embedded mode creates one in <see cref="KeyFolder"/>.
/// </summary>
public sealed class ProtectionOptions
{
    public const string Section = "Protection";

    /// <summary>The master key that wraps new data keys, and to which keys under a retired master key are re-wrapped.</summary>
    public MasterKeySource? MasterKey { get; set; }
    /// <summary>Earlier master keys, kept until every data key has been re-wrapped under the current one.</summary>
    public List<MasterKeySource> RetiredMasterKeys { get; set; } = [];
    /// <summary>Embedded mode without <see cref="MasterKey"/>: <c>master.key</c> is created here, <c>retired/*.key</c> are read.</summary>
    public string KeyFolder { get; set; } = ".hub-data/protection";
    /// <summary>A process that starts when the newest data key is older than this introduces a new one.</summary>
    public TimeSpan DataKeyLifetime { get; set; } = TimeSpan.FromDays(90);
}
