using System.Security.Cryptography;
using System.Text;

namespace Hub.Core.Protection;

/// <summary>A 256-bit key that only wraps data keys; it never encrypts personal data itself.</summary>
public sealed class MasterKey
{
    public const int Size = 32;
    private readonly byte[] key;

    private MasterKey(byte[] key)
    {
        this.key = key;
        // Names the key in data_keys without revealing anything about it.
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(key, "hub master key id"u8)[..8]);
    }

    public string Id { get; }

    /// <param name="text">32 bytes in base64, as <c>openssl rand -base64 32</c> writes them.</param>
    /// <param name="origin">Where the text came from, for the error message (never the text itself).</param>
    public static MasterKey Parse(string text, string origin)
    {
        var bytes = new byte[Size + 1];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var length) || length != Size)
            throw new InvalidOperationException($"The master key in {origin} must be {Size} bytes in base64 (openssl rand -base64 32).");
        return new MasterKey(bytes[..Size]);
    }

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size));

    public byte[] Wrap(byte[] dataKey, string associatedData) => AesGcmBox.Seal(key, dataKey, Encoding.UTF8.GetBytes(associatedData));

    public byte[]? Unwrap(byte[] wrapped, string associatedData) => AesGcmBox.Open(key, wrapped, Encoding.UTF8.GetBytes(associatedData));
}
