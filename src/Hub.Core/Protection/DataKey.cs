namespace Hub.Core.Protection;

/// <summary>
/// A random 256-bit key as the database keeps it: wrapped (AES-GCM) by the master key named in
/// <see cref="MasterKeyId"/>. Re-wrapping under a new master key changes neither its id nor its bytes.
/// </summary>
public sealed class DataKey
{
    /// <summary>Encrypts personal data; every ciphertext names the key that made it.</summary>
    public const string Encryption = "encryption";
    /// <summary>The one key of the blind index (HMAC of ID numbers); never replaced, or stored index values would stop matching.</summary>
    public const string Index = "index";

    public Guid Id { get; init; }
    public required string Purpose { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string MasterKeyId { get; set; }
    public required byte[] WrappedKey { get; set; }

    /// <summary>What a wrapped key is bound to, so it cannot be passed off as another key or purpose.</summary>
    public static string Binding(Guid id, string purpose) => $"data_keys:{id:N}:{purpose}";
}
